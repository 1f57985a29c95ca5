import { describe, expect, test } from 'vitest';
import { validUrl } from '../src/validate.ts';

/** An identity provider's URLs are fetched by the router: in production only public https hosts. */
describe('identity provider URLs', () => {
  const production = { httpsOnly: true };
  const codeOf = (fn: () => unknown) => {
    try {
      fn();
      return null;
    } catch (err) {
      return (err as { extensions?: { code?: string } }).extensions?.code;
    }
  };

  test('a public https URL is kept exactly as given', () => {
    expect(validUrl(' https://login.example.com/realms/acme ', 'issuer', production)).toBe('https://login.example.com/realms/acme');
  });

  test.each([
    'http://login.example.com/jwks',
    'https://localhost/jwks',
    'https://127.0.0.1:8443/jwks',
    'https://10.1.2.3/jwks',
    'https://192.168.0.9/jwks',
    'https://172.20.0.1/jwks',
    'https://169.254.169.254/latest/meta-data',
    'https://[::1]/jwks',
    'https://[fd00::1]/jwks',
    'https://metadata.google.internal/jwks',
    'not a url',
  ])('in production %s is refused with BAD_USER_INPUT', (url) => expect(codeOf(() => validUrl(url, 'jwksUrl', production))).toBe('BAD_USER_INPUT'));

  test('outside production a local http identity provider is allowed (development, tests)', () => {
    expect(validUrl('http://127.0.0.1:9000/jwks', 'jwksUrl', { httpsOnly: false })).toBe('http://127.0.0.1:9000/jwks');
  });
});
