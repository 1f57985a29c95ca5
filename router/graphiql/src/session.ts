/**
 * The analyst's sign-in, kept for this browser tab only (sessionStorage: closing the tab signs out,
 * and no other site can read it). The access token goes out as the Authorization header; shortly
 * before it expires it is exchanged, with the refresh token, for a new pair.
 */
export interface Session {
  email: string;
  accessToken: string;
  refreshToken: string;
  /** When the access token expires (ms since the epoch, this browser's clock). */
  expiresAt: number;
}

const STORAGE_KEY = 'sprint-reports.session';
// Refresh this long before expiry: requests in flight still carry a valid token.
const REFRESH_MARGIN_MS = 60_000;

const LOGIN = `mutation SignIn($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken }
}`;
const REFRESH = `mutation Refresh($refreshToken: String!) {
  refreshToken(refreshToken: $refreshToken) { accessToken refreshToken }
}`;
const LOGOUT = `mutation SignOut($refreshToken: String!) { logout(refreshToken: $refreshToken) }`;

/** The tab's session from before a reload, refreshed first if its access token is (nearly) expired. */
export async function restoreSession(url: string): Promise<Session | null> {
  let session: Session | null = null;
  try {
    session = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Session | null;
  } catch {
    // Unreadable: start signed out.
  }
  if (!session || refreshDelay(session) > 0) return session;
  const renewed = await refresh(url, session).catch(() => null);
  saveSession(renewed);
  return renewed;
}

export function saveSession(session: Session | null) {
  if (session) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  else sessionStorage.removeItem(STORAGE_KEY);
}

/**
 * When a token just received expires, by this browser's clock: its lifetime (exp - iat) from now,
 * so a browser clock that differs from the server's neither refreshes early in a loop nor too late.
 */
function expiryOf(accessToken: string): number {
  const payload = accessToken.split('.')[1] ?? '';
  const { iat, exp } = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { iat?: number; exp?: number };
  return Date.now() + Math.max(0, (exp ?? 0) - (iat ?? exp ?? 0)) * 1000;
}

async function call<T>(url: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.[0]?.message ?? `The server answered HTTP ${res.status}`);
  return body.data;
}

type Tokens = { accessToken: string; refreshToken: string };

export async function signIn(url: string, email: string, password: string): Promise<Session> {
  const { login } = await call<{ login: Tokens }>(url, LOGIN, { email, password });
  return { email, ...login, expiresAt: expiryOf(login.accessToken) };
}

export async function refresh(url: string, session: Session): Promise<Session> {
  const { refreshToken: tokens } = await call<{ refreshToken: Tokens }>(url, REFRESH, { refreshToken: session.refreshToken });
  return { email: session.email, ...tokens, expiresAt: expiryOf(tokens.accessToken) };
}

/** Ends the session at the server too: its refresh token can no longer be used. */
export async function signOut(url: string, session: Session): Promise<void> {
  await call(url, LOGOUT, { refreshToken: session.refreshToken }).catch(() => {});
}

/** How long until the session should be refreshed (0: now). */
export const refreshDelay = (session: Session) => Math.max(0, session.expiresAt - REFRESH_MARGIN_MS - Date.now());
