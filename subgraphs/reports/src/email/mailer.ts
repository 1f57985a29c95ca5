import nodemailer from 'nodemailer';
import { appError, badInput, onRuntimeClose, type Config, type Runtime } from '@sprint-reports/core';

/**
 * The SMTP transport of report emails (nodemailer), one per runtime, made on first use from
 * SMTP_URL; none when it is unset: email is off.
 */
export type Mailer = ReturnType<typeof nodemailer.createTransport>;

export const EMAIL_OFF = 'Email is off: this server has no SMTP_URL';

const mailers = new WeakMap<Runtime, Mailer | null>();

export function mailerOf(runtime: Runtime): Mailer | null {
  if (!mailers.has(runtime)) {
    const { smtpUrl } = runtime.config;
    // Bounded waits for a server that is away or slow (the URL's own query options win).
    const mailer = smtpUrl ? nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 }) : null;
    if (mailer) onRuntimeClose(runtime, async () => mailer.close());
    mailers.set(runtime, mailer);
  }
  return mailers.get(runtime) ?? null;
}

/** The mailer, or the error that says email is off (PRECONDITION_FAILED). */
export function requireMailer(runtime: Runtime): Mailer {
  const mailer = mailerOf(runtime);
  if (!mailer) throw appError('PRECONDITION_FAILED', EMAIL_OFF);
  return mailer;
}

/** Where email goes, for the start-up log: the SMTP server without its credentials; null when off. */
export function smtpServerOf(config: Pick<Config, 'smtpUrl'>): string | null {
  if (!config.smtpUrl) return null;
  try {
    const url = new URL(config.smtpUrl);
    return `${url.protocol}//${url.host}`;
  } catch {
    return 'SMTP_URL (not a URL nodemailer may read)';
  }
}

/** Most recipients one email or schedule takes. */
export const MAX_RECIPIENTS = 50;

// The address grammar browsers apply to <input type="email">, with a dot required in the domain.
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const ADDRESS = new RegExp(`^[A-Za-z0-9.!#$%&'*+/=?^_\`{|}~-]+@${LABEL}(?:\\.${LABEL})+$`);

export const isEmailAddress = (value: string) => value.length <= 254 && ADDRESS.test(value);

/**
 * Recipients as given: each a plain address (else BAD_USER_INPUT naming it, on `field.<index>`: a
 * form shows it at that address), 1 to 50 of them, the same address written twice (in any case)
 * kept once, first spelling first.
 */
export function recipientList(addresses: readonly string[], field: string): string[] {
  const seen = new Map<string, string>();
  for (const [index, raw] of addresses.entries()) {
    const address = raw.trim();
    if (!isEmailAddress(address)) throw badInput(`"${raw}" is not an email address`, `${field}.${index}`);
    if (!seen.has(address.toLowerCase())) seen.set(address.toLowerCase(), address);
  }
  if (!seen.size) throw badInput('At least one recipient is needed', field);
  if (seen.size > MAX_RECIPIENTS) throw badInput(`At most ${MAX_RECIPIENTS} recipients (got ${seen.size})`, field);
  return [...seen.values()];
}
