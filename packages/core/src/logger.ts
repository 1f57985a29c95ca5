import { pino, type DestinationStream, type Logger } from 'pino';
import { runsInProduction } from './config.ts';
import { currentRequestId } from './request-id.ts';

export type { Logger };

/**
 * Structured logs; credentials and tokens are redacted wherever they appear in a logged object.
 * A line written while a request runs carries its `requestId`. `destination`: where lines go
 * (default stdout; tests capture them).
 */
export function createLogger(level: string, name = 'sprint-reports', destination?: DestinationStream): Logger {
  // JSON lines for machines; readable lines when a person runs it in a terminal.
  const pretty = !destination && process.stdout.isTTY && !runsInProduction() && level !== 'silent';
  const options = {
    name,
    level,
    transport: pretty ? { target: 'pino-pretty', options: { ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' } } : undefined,
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
    redact: {
      paths: [
        '*.password',
        '*.apiToken',
        '*.token',
        '*.webhookSecret',
        '*.authorization',
        '*.Authorization',
        'headers.authorization',
        'req.headers.authorization',
        'input.apiToken',
        '*.input.apiToken',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
