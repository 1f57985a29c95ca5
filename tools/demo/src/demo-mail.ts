import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Config, Logger } from '@sprint-reports/core';

/**
 * The demo's email: an SMTP server in this process on 127.0.0.1 that accepts every message and only
 * logs it (recipients, subject), so report schedules and "Send now" work on `npm start` without
 * a mail server and nothing leaves the machine. Only the demo starts it, and only when the operator
 * set no SMTP_URL of their own.
 */
export interface DemoMailSink {
  /** SMTP_URL for the reports subgraph. */
  url: string;
  close(): Promise<void>;
}

export async function startDemoMailSink(log: Logger): Promise<DemoMailSink> {
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null, message?: string) => void) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        simpleParser(Buffer.concat(chunks)).then(
          (mail) => {
            count += 1;
            log.info({ to, subject: mail.subject ?? '' }, 'Demo email caught locally (not sent anywhere)');
            // The answer the delivery log shows beside "Sent".
            callback(null, `Caught by the demo's local mail sink as demo-${count}; not sent anywhere`);
          },
          (err: Error) => callback(err),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as { port: number };
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * The demo's config with its email caught locally: a sink started and SMTP_URL pointed at it. Left
 * as it is (no sink) when the operator set SMTP_URL, or when the reports subgraph, which sends the
 * email, runs in another process.
 */
export async function withDemoMail(config: Config, log: Logger): Promise<{ config: Config; sink: DemoMailSink | null }> {
  if (config.smtpUrl || config.subgraphUrls.reports) return { config, sink: null };
  const sink = await startDemoMailSink(log);
  return { config: { ...config, smtpUrl: sink.url }, sink };
}
