import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured logs; credentials and tokens are redacted wherever they appear in a logged object. */
export function createLogger(level: string, name = 'sprint-reports'): Logger {
  return pino({
    name,
    level,
    redact: { paths: ['*.password', '*.apiToken', '*.token', '*.authorization', 'headers.authorization', 'req.headers.authorization'], censor: '[redacted]' },
  });
}
