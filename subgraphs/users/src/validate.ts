import { isIP } from 'node:net';
import { badInput } from '@sprint-reports/core';

/** Input checks shared by sign-up and administration; each failure names its field. */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD_LENGTH = 8;
// scrypt reads all of it: an unbounded password would be free work for an attacker.
const MAX_PASSWORD_LENGTH = 1024;

/** Emails are compared in lower case: sign-in should not depend on how someone typed theirs. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export function validEmail(email: string, field = 'email'): string {
  const address = normalizeEmail(email);
  if (address.length > 254 || !EMAIL.test(address)) throw badInput(`"${email}" is not an email address`, field);
  return address;
}

// A host name of at least two labels (letters, digits, inner dashes), as an email's domain is written.
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Email domains in lower case, a leading "@" dropped, each at most once. */
export function validEmailDomains(domains: readonly string[], field: string): string[] {
  const list = new Set<string>();
  domains.forEach((raw, i) => {
    const domain = raw.trim().toLowerCase().replace(/^@/, '');
    if (!DOMAIN.test(domain)) throw badInput(`"${raw}" is not an email domain (like example.com)`, `${field}.${i}`);
    list.add(domain);
  });
  return [...list];
}

/** The domain of an email address, lower case; null when it has none. */
export function emailDomainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  const domain = at < 0 ? '' : normalizeEmail(email.slice(at + 1));
  return domain && !domain.includes('@') ? domain : null;
}

export function validPassword(password: string, field = 'password'): string {
  if (password.length < MIN_PASSWORD_LENGTH) throw badInput(`A password needs at least ${MIN_PASSWORD_LENGTH} characters`, field);
  if (password.length > MAX_PASSWORD_LENGTH) throw badInput(`A password may have at most ${MAX_PASSWORD_LENGTH} characters`, field);
  return password;
}

export function validName(name: string, field: string, what = 'A name'): string {
  const trimmed = name.trim();
  if (!trimmed) throw badInput(`${what} cannot be empty`, field);
  if (trimmed.length > 200) throw badInput(`${what} may have at most 200 characters`, field);
  return trimmed;
}

/** An organisation's slug: lower-case letters, digits and dashes. */
export function validSlug(slug: string, field: string): string {
  const value = slug
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  if (!value) throw badInput('The organisation needs a name with letters or digits', field);
  return value;
}

export const MAX_DISCIPLINES = 50;
export const MAX_DISCIPLINE_LENGTH = 60;

/**
 * A tenant's discipline list: names trimmed, blanks dropped, repeats in any case dropped (the first
 * spelling stays); 1 to MAX_DISCIPLINES names of at most MAX_DISCIPLINE_LENGTH characters.
 */
export function validDisciplines(names: readonly string[], field: string): string[] {
  const list = new Map<string, string>();
  names.forEach((name, i) => {
    const trimmed = name.trim();
    if (trimmed.length > MAX_DISCIPLINE_LENGTH)
      throw badInput(`A discipline may have at most ${MAX_DISCIPLINE_LENGTH} characters ("${trimmed.slice(0, 20)}…" has ${trimmed.length})`, `${field}.${i}`);
    const key = trimmed.toLowerCase();
    if (trimmed && !list.has(key)) list.set(key, trimmed);
  });
  if (!list.size) throw badInput('The organisation needs at least one discipline', field);
  if (list.size > MAX_DISCIPLINES) throw badInput(`An organisation may have at most ${MAX_DISCIPLINES} disciplines, not ${list.size}`, field);
  return [...list.values()];
}

/** `name` as the tenant's discipline list spells it (matched in any case), or BAD_USER_INPUT listing the list. */
export function listedDiscipline(disciplines: readonly string[], name: string, field: string): string {
  const trimmed = name.trim();
  const listed = disciplines.find((d) => d.toLowerCase() === trimmed.toLowerCase());
  if (!listed) throw badInput(`"${trimmed}" is not one of the organisation's disciplines: ${disciplines.join(', ')}`, field);
  return listed;
}

export function validPercent(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 100) throw badInput(`${field} must be a whole number from 0 to 100`, field);
  return value;
}

/** An http(s) URL, kept as given; plain http only for this machine unless `httpsOnly` is off. */
export function validUrl(raw: string, field: string, opts: { httpsOnly: boolean }): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw badInput(`"${raw}" is not a URL`, field);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && !opts.httpsOnly)) throw badInput(`${field} must be an https:// URL`, field);
  // In production the router fetches it: not our own host or private network (server-side request forgery).
  if (opts.httpsOnly && isPrivateHost(url.hostname)) throw badInput(`${field} must be on a public host, not ${url.hostname}`, field);
  // As given: an issuer must equal the tokens' `iss` character for character.
  return raw.trim();
}

/** Loopback, private, link-local and unspecified addresses, named literally (names resolving to them are not caught). */
function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal') || host.endsWith('.local')) return true;
  if (isIP(host) === 4) {
    const [a, b] = host.split('.').map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (isIP(host) === 6) return host === '::' || host === '::1' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host) || host.startsWith('::ffff:');
  return false;
}
