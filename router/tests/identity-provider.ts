import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWTPayload } from 'jose';

/** The person the provider signs in at /authorize (no password asked: the test chose who they are). */
export interface ProviderUser {
  sub: string;
  email: string;
  name?: string;
  /** More claims for its tokens (groups, roles). */
  claims?: Record<string, unknown>;
}

export interface IdentityProvider {
  issuer: string;
  jwksUrl: string;
  /** The kid of its RS256 key. */
  kid: string;
  /** A token as the provider would issue it: `claims` may override iss, aud, exp. */
  token(claims: JWTPayload, alg?: 'RS256' | 'ES256'): Promise<string>;
  /** How many times its JWKS was fetched. */
  jwksFetches: number;
  /**
   * The browser sign-in (authorization code with PKCE) of a public client: /authorize signs this
   * person in at once (null: it answers `access_denied`, as when someone cancels at the provider).
   */
  user: ProviderUser | null;
  /** The `aud` of its access tokens (the API's audience); its ID tokens carry the client id. */
  accessTokenAudience: string;
  /** How long its access and ID tokens live. */
  tokenSeconds: number;
  /** What its /token endpoint answered, in order: `authorization_code` or `refresh_token` grants. */
  grants: string[];
  /** Sign-outs at its end_session_endpoint. */
  signOuts: number;
  /** Forgets every refresh token it issued (an admin ended the person's sessions at the provider). */
  revokeRefreshTokens(): void;
  close(): Promise<void>;
}

interface PendingCode {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  nonce: string | undefined;
  scope: string;
  user: ProviderUser;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, accept, dpop',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
};

/**
 * A stand-in for a tenant's OpenID Connect provider: an HTTP server on this machine that speaks OIDC
 * the way Okta, Entra ID or Keycloak do for a single-page app: a discovery document, /authorize
 * (which signs `user` in without a login page and redirects back with code and state), /token with
 * PKCE (S256) verification and the refresh_token grant, /jwks with its keys (an RS256 and an ES256
 * key), an end_session_endpoint, and the CORS headers a browser needs to call it from the app.
 */
export async function startIdentityProvider(opts: { accessTokenAudience?: string; tokenSeconds?: number } = {}): Promise<IdentityProvider> {
  const keys = await Promise.all(
    (['RS256', 'ES256'] as const).map(async (alg) => {
      const { publicKey, privateKey } = await generateKeyPair(alg);
      return { alg, kid: `idp-${alg.toLowerCase()}`, privateKey: privateKey as CryptoKey, jwk: await exportJWK(publicKey) };
    }),
  );
  const jwks = JSON.stringify({ keys: keys.map((k) => ({ ...k.jwk, kid: k.kid, alg: k.alg, use: 'sig' })) });
  const codes = new Map<string, PendingCode>();
  const refreshTokens = new Map<string, Omit<PendingCode, 'codeChallenge' | 'redirectUri'>>();

  const sign = (claims: JWTPayload, alg: 'RS256' | 'ES256' = 'RS256') => {
    const key = keys.find((k) => k.alg === alg)!;
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ iss: issuer, iat: now, exp: now + provider.tokenSeconds, ...claims })
      .setProtectedHeader({ alg, kid: key.kid, typ: 'JWT' })
      .sign(key.privateKey);
  };

  /** Tokens for a grant: a new refresh token each time (rotation), the old one used up. */
  async function tokens(grant: Omit<PendingCode, 'codeChallenge' | 'redirectUri'>) {
    const { user, clientId, nonce, scope } = grant;
    const claims = { sub: user.sub, email: user.email, email_verified: true, name: user.name, ...user.claims };
    const refreshToken = randomBytes(24).toString('base64url');
    refreshTokens.set(refreshToken, { ...grant, nonce: undefined });
    return {
      token_type: 'Bearer',
      expires_in: provider.tokenSeconds,
      scope,
      access_token: await sign({ ...claims, aud: provider.accessTokenAudience, client_id: clientId, scope }),
      id_token: await sign({ ...claims, aud: clientId, ...(nonce ? { nonce } : {}) }),
      ...(scope.split(' ').includes('offline_access') ? { refresh_token: refreshToken } : {}),
    };
  }

  const json = (res: http.ServerResponse, status: number, body: unknown) =>
    void res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...CORS }).end(JSON.stringify(body));
  const readForm = async (req: http.IncomingMessage) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    return new URLSearchParams(body);
  };

  async function token(req: http.IncomingMessage, res: http.ServerResponse) {
    const form = await readForm(req);
    const grantType = form.get('grant_type') ?? '';
    provider.grants.push(grantType);
    if (grantType === 'authorization_code') {
      const pending = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      if (!pending) return json(res, 400, { error: 'invalid_grant', error_description: 'Unknown or used code' });
      if (form.get('client_id') !== pending.clientId) return json(res, 400, { error: 'invalid_client' });
      if (form.get('redirect_uri') !== pending.redirectUri) return json(res, 400, { error: 'invalid_grant', error_description: 'redirect_uri differs' });
      const challenge = createHash('sha256')
        .update(form.get('code_verifier') ?? '')
        .digest('base64url');
      if (challenge !== pending.codeChallenge) return json(res, 400, { error: 'invalid_grant', error_description: 'PKCE verification failed' });
      return json(res, 200, await tokens(pending));
    }
    if (grantType === 'refresh_token') {
      const grant = refreshTokens.get(form.get('refresh_token') ?? '');
      refreshTokens.delete(form.get('refresh_token') ?? '');
      if (!grant || form.get('client_id') !== grant.clientId)
        return json(res, 400, { error: 'invalid_grant', error_description: 'Unknown or used refresh token' });
      return json(res, 200, await tokens(grant));
    }
    return json(res, 400, { error: 'unsupported_grant_type' });
  }

  function authorize(url: URL, res: http.ServerResponse) {
    const q = url.searchParams;
    const redirectUri = q.get('redirect_uri');
    if (!redirectUri || !q.get('client_id')) return void res.writeHead(400, { 'content-type': 'text/plain' }).end('client_id and redirect_uri are required');
    const back = new URL(redirectUri);
    if (q.get('state')) back.searchParams.set('state', q.get('state')!);
    const refuse = (error: string, description: string) => {
      back.searchParams.set('error', error);
      back.searchParams.set('error_description', description);
      res.writeHead(302, { location: back.href }).end();
    };
    if (q.get('response_type') !== 'code') return refuse('unsupported_response_type', 'Only the authorization code flow is supported');
    if (q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) return refuse('invalid_request', 'PKCE with S256 is required');
    if (!provider.user) return refuse('access_denied', 'The user cancelled the sign-in');
    const code = randomBytes(16).toString('base64url');
    codes.set(code, {
      clientId: q.get('client_id')!,
      redirectUri,
      codeChallenge: q.get('code_challenge')!,
      nonce: q.get('nonce') ?? undefined,
      scope: q.get('scope') ?? 'openid',
      user: provider.user,
    });
    back.searchParams.set('code', code);
    res.writeHead(302, { location: back.href }).end();
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    if (req.method === 'OPTIONS') return void res.writeHead(204, CORS).end();
    if (url.pathname === '/jwks') {
      provider.jwksFetches++;
      return void res.writeHead(200, { 'content-type': 'application/json', ...CORS }).end(jwks);
    }
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(res, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        end_session_endpoint: `${issuer}/logout`,
        response_types_supported: ['code'],
        grant_types_supported: ['authorization_code', 'refresh_token'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['none'],
        id_token_signing_alg_values_supported: ['RS256', 'ES256'],
        scopes_supported: ['openid', 'email', 'profile', 'offline_access'],
        subject_types_supported: ['public'],
      });
    }
    if (url.pathname === '/authorize' && req.method === 'GET') return authorize(url, res);
    if (url.pathname === '/token' && req.method === 'POST') return void token(req, res).catch(() => json(res, 500, { error: 'server_error' }));
    if (url.pathname === '/logout' && req.method === 'GET') {
      provider.signOuts++;
      const back = url.searchParams.get('post_logout_redirect_uri');
      return void (back ? res.writeHead(302, { location: back }).end() : res.writeHead(200, { 'content-type': 'text/plain' }).end('Signed out'));
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider: IdentityProvider = {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    kid: keys[0].kid,
    jwksFetches: 0,
    user: null,
    accessTokenAudience: opts.accessTokenAudience ?? 'sprint-reports',
    tokenSeconds: opts.tokenSeconds ?? 300,
    grants: [],
    signOuts: 0,
    token: (claims, alg) => sign(claims, alg),
    revokeRefreshTokens: () => refreshTokens.clear(),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // a browser's kept-alive connections
      }),
  };
  return provider;
}
