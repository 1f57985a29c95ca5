import { forbidden, type Config } from '@sprint-reports/core';

/** What a person hears when signUp is closed, by SIGNUP_MODE: how they get in instead. */
const CLOSED = {
  invite:
    'Sign-up is closed on this server: ask an admin of your organisation to invite you (they add your account), or, for a new organisation, ask the operator of this server',
  sso: "Sign-up is closed on this server: sign in with your company's identity provider (single sign-on), or ask an admin of your organisation for access",
} as const;

/** signUp creates an organisation only where the operator opened sign-up (SIGNUP_MODE=open); FORBIDDEN otherwise. */
export function requireOpenSignUp(config: Pick<Config, 'signupMode'>): void {
  if (config.signupMode !== 'open') throw forbidden(CLOSED[config.signupMode]);
}
