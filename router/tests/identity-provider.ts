import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWTPayload } from 'jose';

export interface IdentityProvider {
  issuer: string;
  jwksUrl: string;
  /** The kid of its RS256 key. */
  kid: string;
  /** A token as the provider would issue it: `claims` may override iss, aud, exp. */
  token(claims: JWTPayload, alg?: 'RS256' | 'ES256'): Promise<string>;
  /** How many times its JWKS was fetched. */
  jwksFetches: number;
  close(): Promise<void>;
}

/**
 * A stand-in for a tenant's OpenID Connect provider: an HTTP server on this machine that publishes
 * its keys (an RS256 and an ES256 key) at /jwks, and signs tokens with them, the way Okta, Entra ID
 * or Keycloak do.
 */
export async function startIdentityProvider(): Promise<IdentityProvider> {
  const keys = await Promise.all(
    (['RS256', 'ES256'] as const).map(async (alg) => {
      const { publicKey, privateKey } = await generateKeyPair(alg);
      return { alg, kid: `idp-${alg.toLowerCase()}`, privateKey: privateKey as CryptoKey, jwk: await exportJWK(publicKey) };
    }),
  );
  const jwks = JSON.stringify({ keys: keys.map((k) => ({ ...k.jwk, kid: k.kid, alg: k.alg, use: 'sig' })) });
  const server = http.createServer((req, res) => {
    if (req.url !== '/jwks') return void res.writeHead(404).end();
    provider.jwksFetches++;
    res.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider: IdentityProvider = {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    kid: keys[0].kid,
    jwksFetches: 0,
    async token(claims, alg = 'RS256') {
      const key = keys.find((k) => k.alg === alg)!;
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ iss: issuer, iat: now, exp: now + 300, ...claims }).setProtectedHeader({ alg, kid: key.kid, typ: 'JWT' }).sign(key.privateKey);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return provider;
}
