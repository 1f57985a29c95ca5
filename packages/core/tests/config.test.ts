import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('SIGNUP_MODE', () => {
  test('invite-only unless the operator says otherwise; open, invite and sso in any case', () => {
    expect(loadConfig({}).signupMode).toBe('invite');
    expect(loadConfig({ SIGNUP_MODE: '' }).signupMode).toBe('invite');
    expect(loadConfig({ SIGNUP_MODE: 'open' }).signupMode).toBe('open');
    expect(loadConfig({ SIGNUP_MODE: ' SSO ' }).signupMode).toBe('sso');
    expect(loadConfig({ SIGNUP_MODE: 'Invite' }).signupMode).toBe('invite');
  });

  test('anything else stops the start, saying what is allowed', () => {
    for (const value of ['opne', 'true', 'closed', 'invite,sso']) {
      expect(() => loadConfig({ SIGNUP_MODE: value })).toThrow(ConfigError);
      expect(() => loadConfig({ SIGNUP_MODE: value })).toThrow(`SIGNUP_MODE must be one of open, invite, sso (got "${value}")`);
    }
  });
});
