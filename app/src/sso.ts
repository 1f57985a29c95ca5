/**
 * Single sign-on in the browser: OAuth 2.0 authorization code with PKCE, as a public client of the
 * organisation's OpenID Connect provider (oauth4webapi does the protocol). Loaded only when someone
 * uses it, so the sign-in page's first load stays small.
 *
 * 1. startSingleSignOn: the provider's discovery document, then off to its authorization endpoint
 *    with state, nonce and the PKCE challenge; they wait in this tab's sessionStorage.
 * 2. finishSingleSignOn (/sign-in/callback): the answer's state must match, the code is exchanged
 *    (with the PKCE verifier) at the token endpoint and the ID token's nonce checked; then the API
 *    is asked who the token signs in, so a person the organisation does not let in hears it here.
 * 3. refreshExternal: the refresh_token grant a minute before expiry (session.ts schedules it).
 * 4. endSessionUrl: the provider's own sign-out page, when it has one.
 *
 * The bearer token is the one whose `aud` the API checks (router/src/external-sign-in.ts: the
 * provider's configured audience): the access token, asked for with the `audience` parameter; when
 * the audience is the client id itself, the ID token (whose `aud` is always the client id).
 */
import * as oauth from 'oauth4webapi';
import { print } from 'graphql';
import { graphql } from './gql/index.ts';
import { wordsFor } from './errors.ts';
import { expiryOf, SessionCallError, type ExternalProvider, type Session } from './session.ts';

/** What `singleSignOn(email)` answers: the provider and how to ask it. */
export interface SingleSignOnProvider {
  issuer: string;
  clientId: string;
  audience: string;
  displayName: string;
  scopes: readonly string[];
}

interface Pending extends SingleSignOnProvider {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The page to open once signed in. */
  from?: string;
}

const PENDING_KEY = 'sprint-reports.sso-pending';
export const CALLBACK_PATH = '/sign-in/callback';

const SignedInAs = graphql(`
  query SignedInAs { me { email } }
`);

/** A sign-in that did not happen, in words for the person trying. */
export class SingleSignOnError extends Error {}

const redirectUri = () => `${location.origin}${CALLBACK_PATH}`;

// A provider on plain http is only possible where the API allowed it (never in production).
const httpOptions = (issuer: string) => ({ [oauth.allowInsecureRequests]: new URL(issuer).protocol === 'http:' });

const servers = new Map<string, Promise<oauth.AuthorizationServer>>();

/** The provider's metadata (its discovery document), once per page load. */
function discover(issuer: string): Promise<oauth.AuthorizationServer> {
  let server = servers.get(issuer);
  if (!server) {
    const url = new URL(issuer);
    server = oauth
      .discoveryRequest(url, { algorithm: 'oidc', ...httpOptions(issuer) })
      .then((res) => oauth.processDiscoveryResponse(url, res))
      .catch((err: unknown) => {
        servers.delete(issuer);
        throw new SingleSignOnError(`Your identity provider (${url.host}) cannot be reached right now: ${describe(err)}`);
      });
    servers.set(issuer, server);
  }
  return server;
}

function describe(err: unknown): string {
  if (err instanceof oauth.ResponseBodyError) return err.error_description ?? err.error;
  if (err instanceof TypeError) return 'the connection failed';
  return err instanceof Error ? err.message : String(err);
}

/** Goes to the provider's sign-in page; the browser comes back at /sign-in/callback. */
export async function startSingleSignOn(provider: SingleSignOnProvider, from?: string): Promise<void> {
  const server = await discover(provider.issuer);
  if (!server.authorization_endpoint) throw new SingleSignOnError('Your identity provider publishes no authorization endpoint.');
  const pending: Pending = {
    ...provider,
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    codeVerifier: oauth.generateRandomCodeVerifier(),
    from,
  };
  const url = new URL(server.authorization_endpoint);
  const params = {
    client_id: provider.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: provider.scopes.join(' '),
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  // Providers that issue access tokens per API (Auth0, Okta) take the API's audience so.
  if (provider.audience !== provider.clientId) url.searchParams.set('audience', provider.audience);
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  location.assign(url.href);
}

/** The bearer token of a token response (see the module's comment), and the ID token. */
function tokensOf(provider: Pick<ExternalProvider, 'clientId' | 'audience'>, result: oauth.TokenEndpointResponse, previousIdToken?: string) {
  const idToken = result.id_token ?? previousIdToken;
  const bearer = provider.audience === provider.clientId ? result.id_token : result.access_token;
  if (!bearer) throw new SingleSignOnError('Your identity provider did not issue the token Sprint Reports needs.');
  return { bearer, idToken };
}

/** Who the API says the token signs in; FORBIDDEN and UNAUTHENTICATED in words. */
async function signedInEmail(apiUrl: string, bearer: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ query: print(SignedInAs) }),
    });
  } catch {
    throw new SingleSignOnError(wordsFor({ code: 'NETWORK', message: '' }));
  }
  const body = (await res.json().catch(() => ({}))) as {
    data?: { me: { email: string } | null };
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const error = body.errors?.[0];
  if (error?.extensions?.code === 'FORBIDDEN')
    throw new SingleSignOnError(`Your identity provider signed you in, but you are not allowed in this organisation: ${error.message}`);
  if (error?.extensions?.code === 'UNAUTHENTICATED')
    throw new SingleSignOnError(`Sprint Reports did not accept your identity provider's token: ${error.message}`);
  if (error || !body.data?.me)
    throw new SingleSignOnError(wordsFor({ code: error?.extensions?.code, message: error?.message ?? `The server answered HTTP ${res.status}` }));
  return body.data.me.email;
}

/**
 * The provider's answer at /sign-in/callback: a session, and the page to open. Throws a
 * SingleSignOnError that says why when the provider refused, the answer is not this tab's sign-in,
 * or the organisation does not let the person in.
 */
export async function finishSingleSignOn(callback: URL, apiUrl: string): Promise<{ session: Session; from?: string }> {
  const stored = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY); // one answer per sign-in: a reload does not replay it
  const pending = stored ? (JSON.parse(stored) as Pending) : null;
  if (!pending) throw new SingleSignOnError('No single sign-on was started in this tab (or it was already finished). Start again from the sign-in page.');
  const server = await discover(pending.issuer);
  const client: oauth.Client = { client_id: pending.clientId };
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(server, client, callback, pending.state);
  } catch (err) {
    if (err instanceof oauth.AuthorizationResponseError) {
      throw new SingleSignOnError(`Your identity provider refused the sign-in: ${err.error_description ?? err.error}.`);
    }
    if (callback.searchParams.get('state') !== pending.state) {
      throw new SingleSignOnError(
        'This answer from the identity provider does not belong to the sign-in started here (its state does not match), so it was not used. Start again from the sign-in page.',
      );
    }
    throw new SingleSignOnError(`Your identity provider's answer could not be used: ${describe(err)}`);
  }
  let result: oauth.TokenEndpointResponse;
  try {
    const response = await oauth.authorizationCodeGrantRequest(
      server,
      client,
      oauth.None(),
      params,
      redirectUri(),
      pending.codeVerifier,
      httpOptions(pending.issuer),
    );
    result = await oauth.processAuthorizationCodeResponse(server, client, response, { expectedNonce: pending.nonce, requireIdToken: true });
  } catch (err) {
    throw new SingleSignOnError(`Your identity provider did not complete the sign-in: ${describe(err)}`);
  }
  const { bearer, idToken } = tokensOf(pending, result);
  const email = await signedInEmail(apiUrl, bearer);
  const sso: ExternalProvider = { issuer: pending.issuer, clientId: pending.clientId, audience: pending.audience, idToken };
  return { session: { email, accessToken: bearer, refreshToken: result.refresh_token ?? '', expiresAt: expiryOf(bearer), sso }, from: pending.from };
}

/** The next tokens from the provider (refresh_token grant); without a refresh token the session ends at expiry. */
export async function refreshExternal(session: Session): Promise<Session> {
  const { sso } = session;
  if (!sso || !session.refreshToken) throw new SingleSignOnError('This session cannot be renewed: sign in again.');
  let result: oauth.TokenEndpointResponse;
  try {
    const server = await discover(sso.issuer);
    const client: oauth.Client = { client_id: sso.clientId };
    const response = await oauth.refreshTokenGrantRequest(server, client, oauth.None(), session.refreshToken, httpOptions(sso.issuer));
    result = await oauth.processRefreshTokenResponse(server, client, response);
  } catch (err) {
    // Unreachable is not refused: the session stays and the next request tries again.
    if (err instanceof TypeError || (err instanceof SingleSignOnError && /cannot be reached/.test(err.message)))
      throw new SessionCallError(describe(err), 'NETWORK');
    throw err;
  }
  const { bearer, idToken } = tokensOf(sso, result, sso.idToken);
  // Rotating providers answer a new refresh token; others keep the old one valid.
  return { ...session, accessToken: bearer, refreshToken: result.refresh_token ?? session.refreshToken, expiresAt: expiryOf(bearer), sso: { ...sso, idToken } };
}

/** The provider's sign-out page, coming back to our sign-in page; null when it publishes none. */
export async function endSessionUrl(sso: ExternalProvider): Promise<string | null> {
  const server = await discover(sso.issuer);
  if (!server.end_session_endpoint) return null;
  const url = new URL(server.end_session_endpoint);
  url.searchParams.set('client_id', sso.clientId);
  url.searchParams.set('post_logout_redirect_uri', `${location.origin}/sign-in`);
  if (sso.idToken) url.searchParams.set('id_token_hint', sso.idToken);
  return url.href;
}
