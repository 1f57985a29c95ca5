import { describe, expect, test } from 'vitest';
import { serviceIdentity } from '@sprint-reports/core';
import { codeOf, signUpTenant, system, useUsersSubgraph } from './harness.ts';

const h = useUsersSubgraph();

const SET = /* GraphQL */ `mutation($input: OidcProviderInput!) {
  setOidcProvider(input: $input) { id tenantId issuer audience jwksUrl emailClaim roleClaim roleMapping { claimValue role } defaultRole autoProvision } }`;
const PROVIDER = /* GraphQL */ `query($issuer: String!) { oidcProvider(issuer: $issuer) { tenantId issuer audience jwksUrl } }`;
const SIGN_IN = /* GraphQL */ `mutation($issuer: String!, $claims: String!) { signInExternal(issuer: $issuer, claims: $claims) { tenantId userId role email teams } }`;

let n = 0;
const issuerFor = () => `https://idp${++n}.example.test/realms/acme`;
const provider = (issuer: string, extra: Record<string, unknown> = {}) => ({
  issuer,
  audience: 'sprint-reports',
  jwksUrl: `${issuer}/protocol/openid-connect/certs`,
  ...extra,
});
const signIn = (issuer: string, claims: Record<string, unknown>) => h.run(SIGN_IN, { issuer, claims: JSON.stringify({ iss: issuer, ...claims }) }, system);

describe('OIDC providers', () => {
  test('an admin sets (and changes) the tenant’s provider; the router finds it by issuer', async () => {
    const { admin } = await signUpTenant(h);
    const issuer = issuerFor();
    const set = (await h.ok(SET, { input: provider(issuer) }, admin)).setOidcProvider;
    expect(set).toMatchObject({
      tenantId: admin.tenantId,
      issuer,
      emailClaim: 'email',
      roleClaim: null,
      roleMapping: [],
      defaultRole: 'VIEWER',
      autoProvision: false,
    });
    const changed = (
      await h.ok(SET, { input: provider(issuer, { roleClaim: 'groups', roleMapping: [{ claimValue: 'leads', role: 'MANAGER' }], autoProvision: true }) }, admin)
    ).setOidcProvider;
    expect(changed.id).toBe(set.id);
    expect(changed).toMatchObject({ roleClaim: 'groups', roleMapping: [{ claimValue: 'leads', role: 'MANAGER' }], autoProvision: true });
    expect((await h.ok(`{ oidcProviders { issuer } }`, {}, admin)).oidcProviders).toEqual([{ issuer }]);

    expect((await h.ok(PROVIDER, { issuer }, system)).oidcProvider).toEqual({
      tenantId: admin.tenantId,
      issuer,
      audience: 'sprint-reports',
      jwksUrl: `${issuer}/protocol/openid-connect/certs`,
    });
    expect((await h.ok(PROVIDER, { issuer: 'https://unknown.example.test' }, system)).oidcProvider).toBeNull();
    expect(codeOf(await h.run(PROVIDER, { issuer }, admin))).toBe('FORBIDDEN');

    const log = (await h.ok(`{ auditLog(limit: 2) { action details } }`, {}, admin)).auditLog;
    expect(log.map((e: { action: string }) => e.action)).toEqual(['oidc_provider.set', 'oidc_provider.set']);

    expect((await h.ok(`mutation($i: String!) { removeOidcProvider(issuer: $i) }`, { i: issuer }, admin)).removeOidcProvider).toBe(true);
    expect((await h.ok(PROVIDER, { issuer }, system)).oidcProvider).toBeNull();
    expect((await h.ok(`{ auditLog(limit: 1) { action } }`, {}, admin)).auditLog).toEqual([{ action: 'oidc_provider.removed' }]);
  });

  test('an issuer belongs to one tenant; bad settings are refused by field', async () => {
    const a = await signUpTenant(h);
    const b = await signUpTenant(h);
    const issuer = issuerFor();
    await h.ok(SET, { input: provider(issuer) }, a.admin);
    const taken = await h.run(SET, { input: provider(issuer) }, b.admin);
    expect(codeOf(taken)).toBe('BAD_USER_INPUT');
    expect(taken.errors![0].extensions!.field).toBe('issuer');
    // B cannot remove A's provider either.
    expect((await h.ok(`mutation($i: String!) { removeOidcProvider(issuer: $i) }`, { i: issuer }, b.admin)).removeOidcProvider).toBe(false);

    const cases: [Record<string, unknown>, string][] = [
      [{ issuer: 'not a url' }, 'issuer'],
      [{ issuer: 'ftp://idp.example.test' }, 'issuer'],
      [{ jwksUrl: 'nope' }, 'jwksUrl'],
      [{ audience: ' ' }, 'audience'],
      [{ emailClaim: '' }, 'emailClaim'],
      [
        {
          roleMapping: [
            { claimValue: 'x', role: 'ADMIN' },
            { claimValue: 'x', role: 'VIEWER' },
          ],
        },
        'roleMapping',
      ],
    ];
    for (const [change, field] of cases) {
      const result = await h.run(SET, { input: { ...provider(issuerFor()), ...change } }, b.admin);
      expect(codeOf(result), JSON.stringify(change)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    expect(codeOf(await h.run(SET, { input: provider(issuerFor()) }))).toBe('UNAUTHENTICATED');
  });
});

describe('signInExternal', () => {
  test('signs an existing user in by email, with their teams; FORBIDDEN for unknown emails without auto-provisioning', async () => {
    const { admin } = await signUpTenant(h);
    const issuer = issuerFor();
    await h.ok(SET, { input: provider(issuer, { emailClaim: 'upn' }) }, admin);
    const team = (await h.ok(`mutation { createTeam(name: "Atlas") { id } }`, {}, admin)).createTeam;
    const user = (await h.ok(`mutation { createUser(input: { email: "eve@sso.test", displayName: "Eve", role: MEMBER }) { id } }`, {}, admin)).createUser;
    await h.ok(`mutation($t: ID!, $u: ID!) { addTeamMember(teamId: $t, userId: $u, discipline: "QA") { id } }`, { t: team.id, u: user.id }, admin);

    const session = (await h.ok(SIGN_IN, { issuer, claims: JSON.stringify({ iss: issuer, sub: 'x', upn: 'Eve@SSO.test' }) }, system)).signInExternal;
    expect(session).toEqual({
      tenantId: admin.tenantId,
      userId: user.id,
      role: 'MEMBER',
      email: 'eve@sso.test',
      teams: JSON.stringify({ [team.id]: 'MEMBER' }),
    });

    const unknown = await signIn(issuer, { upn: 'stranger@sso.test' });
    expect(codeOf(unknown)).toBe('FORBIDDEN');
    expect(unknown.errors![0].message).toMatch(/no account/);
    expect(codeOf(await signIn(issuer, { email: 'eve@sso.test' }))).toBe('FORBIDDEN'); // no `upn` claim
    expect(codeOf(await signIn(issuer, { upn: 'eve@sso.test', email_verified: false }))).toBe('FORBIDDEN');
    expect(codeOf(await signIn('https://nobody.example.test', { upn: 'eve@sso.test' }))).toBe('FORBIDDEN');
    // Only our services call it.
    expect(codeOf(await h.run(SIGN_IN, { issuer, claims: '{}' }, admin))).toBe('FORBIDDEN');
  });

  test('auto-provisioning creates the user with the mapped role (the most powerful of several values), else the default', async () => {
    const { admin } = await signUpTenant(h);
    const issuer = issuerFor();
    await h.ok(
      SET,
      {
        input: provider(issuer, {
          roleClaim: 'realm_access.roles',
          roleMapping: [
            { claimValue: 'sr-admins', role: 'ADMIN' },
            { claimValue: 'sr-leads', role: 'MANAGER' },
          ],
          defaultRole: 'MEMBER',
          autoProvision: true,
        }),
      },
      admin,
    );
    const lead = (
      await h.ok(
        SIGN_IN,
        { issuer, claims: JSON.stringify({ iss: issuer, email: 'lead@sso.test', name: 'Lee Lead', realm_access: { roles: ['offline', 'sr-leads'] } }) },
        system,
      )
    ).signInExternal;
    expect(lead).toMatchObject({ tenantId: admin.tenantId, role: 'MANAGER', email: 'lead@sso.test', teams: '{}' });
    const plain = (await signIn(issuer, { email: 'plain@sso.test', realm_access: { roles: ['offline'] } })).data!.signInExternal;
    expect(plain.role).toBe('MEMBER');
    const both = (await signIn(issuer, { email: 'both@sso.test', realm_access: { roles: ['sr-leads', 'sr-admins'] } })).data!.signInExternal;
    expect(both.role).toBe('ADMIN');

    // The second sign-in finds the same user; the provider's claim decides the role each time.
    const again = (await signIn(issuer, { email: 'lead@sso.test', realm_access: { roles: [] } })).data!.signInExternal;
    expect(again).toMatchObject({ userId: lead.userId, role: 'MEMBER' });

    const users = (await h.ok(`{ users { email displayName role } }`, {}, admin)).users;
    expect(users).toContainEqual({ email: 'lead@sso.test', displayName: 'Lee Lead', role: 'MEMBER' });
    const log = (await h.ok(`{ auditLog(limit: 5) { action actorEmail details } }`, {}, admin)).auditLog;
    expect(log[0]).toMatchObject({ action: 'user.updated', actorEmail: null });
    expect(log.filter((e: { action: string }) => e.action === 'user.provisioned')).toHaveLength(3);
  });

  test('the provider never demotes the last admin, and disabled users stay out', async () => {
    const { admin } = await signUpTenant(h);
    const issuer = issuerFor();
    await h.ok(SET, { input: provider(issuer, { roleClaim: 'role', roleMapping: [{ claimValue: 'boss', role: 'ADMIN' }], defaultRole: 'VIEWER' }) }, admin);
    const kept = (await signIn(issuer, { email: admin.email, role: 'staff' })).data!.signInExternal;
    expect(kept).toMatchObject({ userId: admin.userId, role: 'ADMIN' });

    const user = (await h.ok(`mutation { createUser(input: { email: "off@sso.test", displayName: "Off" }) { id } }`, {}, admin)).createUser;
    await h.ok(`mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { id } }`, { id: user.id }, admin);
    expect(codeOf(await signIn(issuer, { email: 'off@sso.test' }))).toBe('FORBIDDEN');
  });

  test('a tenant-scoped service sees only its own tenant’s providers', async () => {
    const a = await signUpTenant(h);
    const b = await signUpTenant(h);
    const issuer = issuerFor();
    await h.ok(SET, { input: provider(issuer) }, a.admin);
    expect((await h.ok(PROVIDER, { issuer }, serviceIdentity(b.tenantId))).oidcProvider).toBeNull();
    expect((await h.ok(PROVIDER, { issuer }, serviceIdentity(a.tenantId))).oidcProvider.issuer).toBe(issuer);
  });
});

describe('single sign-on on the sign-in page (singleSignOn: home-realm discovery by email domain)', () => {
  const SSO = /* GraphQL */ `query($email: String!) { singleSignOn(email: $email) { issuer clientId audience displayName scopes } }`;
  let domainN = 0;
  const domainFor = () => `sso${++domainN}-${Date.now().toString(36)}.example.test`;

  test('anyone may ask; the answer depends on the domain only, never on whether the account exists', async () => {
    const { admin } = await signUpTenant(h);
    const issuer = issuerFor();
    const domain = domainFor();
    const set = await h.ok(
      SET.replace('autoProvision }', 'autoProvision clientId displayName emailDomains }'),
      {
        input: provider(issuer, {
          clientId: 'sprint-reports-spa',
          displayName: 'Acme Okta',
          emailDomains: [` ${domain.toUpperCase()} `, `@${domain}`, `eu.${domain}`],
        }),
      },
      admin,
    );
    expect(set.setOidcProvider).toMatchObject({ clientId: 'sprint-reports-spa', displayName: 'Acme Okta', emailDomains: [domain, `eu.${domain}`].sort() });
    await h.ok(`mutation($e: String!) { createUser(input: { email: $e, displayName: "Known", role: MEMBER }) { id } }`, { e: `known@${domain}` }, admin);

    const expected = {
      issuer,
      clientId: 'sprint-reports-spa',
      audience: 'sprint-reports',
      displayName: 'Acme Okta',
      scopes: ['openid', 'email', 'profile', 'offline_access'],
    };
    const known = (await h.ok(SSO, { email: `known@${domain}` })).singleSignOn;
    const unknown = (await h.ok(SSO, { email: `Nobody@${domain.toUpperCase()}` })).singleSignOn;
    expect(known).toEqual(expected);
    expect(unknown).toEqual(known);
    expect((await h.ok(SSO, { email: `x@eu.${domain}` })).singleSignOn).toEqual(expected);
    // Another domain, a subdomain not listed, and no email at all: no single sign-on.
    expect((await h.ok(SSO, { email: `known@other-${domain}` })).singleSignOn).toBeNull();
    expect((await h.ok(SSO, { email: `x@us.${domain}` })).singleSignOn).toBeNull();
    expect((await h.ok(SSO, { email: 'not an email' })).singleSignOn).toBeNull();

    const log = (await h.ok(`{ auditLog(limit: 3) { action details } }`, {}, admin)).auditLog;
    const entry = log.find((e: { action: string }) => e.action === 'oidc_provider.set');
    expect(JSON.parse(entry.details)).toMatchObject({ clientId: 'sprint-reports-spa', displayName: 'Acme Okta', emailDomains: [domain, `eu.${domain}`] });
  });

  test('a provider without a client id offers no button; its display name defaults to the issuer’s host; removing it ends the discovery', async () => {
    const { admin } = await signUpTenant(h);
    const issuer = issuerFor();
    const domain = domainFor();
    await h.ok(SET, { input: provider(issuer, { emailDomains: [domain] }) }, admin);
    expect((await h.ok(SSO, { email: `a@${domain}` })).singleSignOn).toBeNull();
    await h.ok(SET, { input: provider(issuer, { emailDomains: [domain], clientId: 'spa' }) }, admin);
    expect((await h.ok(SSO, { email: `a@${domain}` })).singleSignOn.displayName).toBe(new URL(issuer).host);
    await h.ok(`mutation($i: String!) { removeOidcProvider(issuer: $i) }`, { i: issuer }, admin);
    expect((await h.ok(SSO, { email: `a@${domain}` })).singleSignOn).toBeNull();
  });

  test('a domain belongs to one provider of all organisations; bad domains are refused', async () => {
    const a = await signUpTenant(h);
    const b = await signUpTenant(h);
    const domain = domainFor();
    const first = issuerFor();
    await h.ok(SET, { input: provider(first, { clientId: 'spa', emailDomains: [domain] }) }, a.admin);
    const taken = await h.run(SET, { input: provider(issuerFor(), { clientId: 'spa', emailDomains: [domain.toUpperCase()] }) }, b.admin);
    expect(codeOf(taken)).toBe('BAD_USER_INPUT');
    expect(taken.errors![0].extensions!.field).toBe('emailDomains');
    expect(taken.errors![0].message).toMatch(/Another organisation/);
    // Nothing of B's attempt stayed: the domain still signs in with A's provider, and B has no provider.
    expect((await h.ok(SSO, { email: `x@${domain}` })).singleSignOn.issuer).toBe(first);
    expect((await h.ok(`{ oidcProviders { issuer } }`, {}, b.admin)).oidcProviders).toEqual([]);
    // A second provider of A's own organisation cannot take it either.
    const ours = await h.run(SET, { input: provider(issuerFor(), { emailDomains: [domain] }) }, a.admin);
    expect(ours.errors![0].message).toMatch(/another identity provider of this organisation/);
    // Changing the provider's domains frees the old ones.
    await h.ok(SET, { input: provider(first, { clientId: 'spa', emailDomains: [`new.${domain}`] }) }, a.admin);
    expect((await h.ok(SSO, { email: `x@${domain}` })).singleSignOn).toBeNull();
    expect((await h.ok(SET, { input: provider(issuerFor(), { clientId: 'spa', emailDomains: [domain] }) }, b.admin)).setOidcProvider).toBeTruthy();

    for (const bad of ['not a domain', 'localhost', 'x@y.test', '-a.test', '']) {
      const result = await h.run(SET, { input: provider(issuerFor(), { emailDomains: [bad] }) }, a.admin);
      expect(codeOf(result), bad).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe('emailDomains.0');
    }
  });

  test('a signed-in caller is told to ask without a token', async () => {
    const { admin } = await signUpTenant(h);
    expect(codeOf(await h.run(SSO, { email: 'a@b.test' }, admin))).toBe('BAD_USER_INPUT');
  });
});
