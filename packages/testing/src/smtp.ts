import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/**
 * A real SMTP server in the test process (smtp-server, messages read back with mailparser) that
 * answers each address as a test tells it to: the report email tests' and the app's browser tests'.
 */

export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO). */
  to: string[];
  mail: ParsedMail;
}

export interface SmtpSink {
  url: string;
  received: ReceivedMail[];
  /** Messages that reached `address`. */
  to(address: string): ReceivedMail[];
  /** The next message to reach `address` (for jobs in other workers, where nothing says they are done). */
  arrival(address: string): Promise<ReceivedMail>;
  /**
   * How the server answers `address` from now on: at RCPT TO or after DATA, one code per try in
   * order (a 2xx accepts); once they run out, it accepts.
   */
  answer(address: string, at: 'RCPT' | 'DATA', codes: number[]): void;
  /** How many times a client tried `address` (RCPT TO). */
  tries(address: string): number;
  close(): Promise<void>;
}

const refusal = (code: number) =>
  Object.assign(new Error(code >= 500 ? 'Refused for good by the test server' : 'Not now, says the test server'), { responseCode: code });

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const waiting: { address: string; resolve: (m: ReceivedMail) => void }[] = [];
  const plans = new Map<string, { at: 'RCPT' | 'DATA'; codes: number[] }>();
  const tries = new Map<string, number>();
  const next = (address: string, at: 'RCPT' | 'DATA') => {
    const plan = plans.get(address.toLowerCase());
    const code = plan?.at === at ? plan.codes.shift() : undefined;
    return code && code >= 400 ? refusal(code) : null;
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (err?: Error | null) => void) {
      tries.set(address.address.toLowerCase(), (tries.get(address.address.toLowerCase()) ?? 0) + 1);
      callback(next(address.address, 'RCPT'));
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null, message?: string) => void) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        const refused = to.map((a) => next(a, 'DATA')).find(Boolean);
        if (refused) return callback(refused);
        // Parsed before the server answers: once sendMail resolves, the message is in `received`.
        simpleParser(Buffer.concat(chunks)).then(
          (mail) => {
            const message = { to, mail };
            received.push(message);
            for (let i = waiting.length - 1; i >= 0; i--) {
              if (to.some((t) => t.toLowerCase() === waiting[i].address)) waiting.splice(i, 1)[0].resolve(message);
            }
            callback(null, `Queued as test-${received.length}`);
          },
          (err: Error) => callback(err),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    to: (address) => received.filter((m) => m.to.some((t) => t.toLowerCase() === address.toLowerCase())),
    answer: (address, at, codes) => void plans.set(address.toLowerCase(), { at, codes: [...codes] }),
    arrival: (address) => new Promise((resolve) => waiting.push({ address: address.toLowerCase(), resolve })),
    tries: (address) => tries.get(address.toLowerCase()) ?? 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
