import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured logs; credentials and tokens are redacted wherever they appear in a logged object. */
export function createLogger(level: string, name = 'sprint-reports'): Logger {
  // JSON lines for machines; readable lines when a person runs it in a terminal.
  const pretty = process.stdout.isTTY && process.env.NODE_ENV !== 'production' && level !== 'silent';
  return pino({
    name,
    level,
    transport: pretty ? { target: 'pino-pretty', options: { ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' } } : undefined,
    redact: {
      paths: ['*.password', '*.apiToken', '*.token', '*.webhookSecret', '*.authorization', '*.Authorization', 'headers.authorization', 'req.headers.authorization', 'input.apiToken', '*.input.apiToken'],
      censor: '[redacted]',
    },
  });
}
