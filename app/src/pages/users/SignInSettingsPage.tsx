import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { AdminOidcProvidersQuery, AdminTestOidcProviderQuery, OidcProviderInput, Role } from '../../gql/graphql.ts';
import { ErrorMessage, Loading } from '../../components.tsx';
import { ConfirmButton, Field, FormError, errorAt, formErrors, noErrors, type FormErrors } from '../../forms.tsx';
import { RoleGate } from '../../RoleGate.tsx';
import { Breadcrumbs, adminTrail } from '../../Breadcrumbs.tsx';
import { ROLES, roleWords } from '../../words.ts';
import { OidcProvidersQuery, RemoveOidcProviderMutation, SetOidcProviderMutation, TestOidcProviderQuery } from './operations.ts';

type Provider = AdminOidcProvidersQuery['oidcProviders'][number];
type TestResult = AdminTestOidcProviderQuery['testOidcProvider'];

/** /admin/sign-in: the organisation's single sign-on (OpenID Connect identity providers). */
export default function SignInSettingsPage() {
  return (
    <RoleGate min="ADMIN" title="Single sign-on">
      <SignInSettings />
    </RoleGate>
  );
}

interface ProviderForm {
  issuer: string;
  audience: string;
  jwksUrl: string;
  emailClaim: string;
  roleClaim: string;
  roleMapping: { claimValue: string; role: Role }[];
  defaultRole: Role;
  autoProvision: boolean;
  clientId: string;
  displayName: string;
  emailDomains: string;
}

const EMPTY: ProviderForm = {
  issuer: '',
  audience: '',
  jwksUrl: '',
  emailClaim: 'email',
  roleClaim: '',
  roleMapping: [],
  defaultRole: 'VIEWER',
  autoProvision: false,
  clientId: '',
  displayName: '',
  emailDomains: '',
};
const FIELDS = [
  'issuer',
  'audience',
  'jwksUrl',
  'emailClaim',
  'roleClaim',
  'roleMapping',
  'defaultRole',
  'autoProvision',
  'clientId',
  'displayName',
  'emailDomains',
];

const formOf = (p: Provider): ProviderForm => ({
  issuer: p.issuer,
  audience: p.audience,
  jwksUrl: p.jwksUrl,
  emailClaim: p.emailClaim,
  roleClaim: p.roleClaim ?? '',
  roleMapping: p.roleMapping.map((m) => ({ claimValue: m.claimValue, role: m.role })),
  defaultRole: p.defaultRole,
  autoProvision: p.autoProvision,
  clientId: p.clientId ?? '',
  displayName: p.displayName ?? '',
  emailDomains: p.emailDomains.join(', '),
});

const inputOf = (f: ProviderForm): OidcProviderInput => ({
  issuer: f.issuer,
  audience: f.audience,
  jwksUrl: f.jwksUrl,
  emailClaim: f.emailClaim,
  roleClaim: f.roleClaim.trim() || null,
  roleMapping: f.roleClaim.trim() ? f.roleMapping : [],
  defaultRole: f.defaultRole,
  autoProvision: f.autoProvision,
  clientId: f.clientId.trim() || null,
  displayName: f.displayName.trim() || null,
  emailDomains: f.emailDomains.split(/[\s,]+/).filter(Boolean),
});

/** Runs testOidcProvider: it calls the provider, so it is asked every time, never from the cache. */
function useProviderTest() {
  const client = useApolloClient();
  const [state, setState] = useState<{ running: boolean; result: TestResult | null; errors: FormErrors }>({ running: false, result: null, errors: noErrors });
  const run = async (input: OidcProviderInput) => {
    setState({ running: true, result: null, errors: noErrors });
    try {
      const { data } = await client.query({ query: TestOidcProviderQuery, variables: { input }, fetchPolicy: 'no-cache' });
      setState({ running: false, result: data?.testOidcProvider ?? null, errors: noErrors });
    } catch (err) {
      setState({ running: false, result: null, errors: formErrors(err, FIELDS) });
    }
  };
  /** Forgets the last test's refusal (a later save's own shows instead). */
  const forgetErrors = () => setState((s) => ({ ...s, errors: noErrors }));
  return { ...state, run, forgetErrors };
}

function SignInSettings() {
  const { data, loading, error, refetch } = useQuery(OidcProvidersQuery, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Provider | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <section className="sign-in-settings">
      <Breadcrumbs trail={adminTrail(true, { label: 'Single sign-on' })} />
      <h1>Single sign-on</h1>
      <p className="muted">
        People of your organisation sign in with its identity provider (OpenID Connect). Its tokens are accepted by the API; with a client id, the sign-in page
        offers a button for it to people of its email domains.
      </p>
      <p role="status" className="muted">
        {done}
      </p>
      {error && !data ? <ErrorMessage error={error} retry={() => void refetch()} /> : null}
      {loading && !data ? <Loading what="the identity providers" /> : null}
      {data && !data.oidcProviders.length && editing !== 'new' ? <p className="empty">No identity provider yet: people sign in with their password.</p> : null}
      {data?.oidcProviders.length ? (
        <ul className="provider-list">
          {data.oidcProviders.map((p) =>
            editing !== 'new' && editing?.id === p.id ? (
              <li key={p.id} className="card">
                <ProviderEditor
                  initial={formOf(p)}
                  existing
                  onDone={(message) => {
                    setEditing(null);
                    setDone(message);
                  }}
                />
              </li>
            ) : (
              <ProviderCard
                key={p.id}
                provider={p}
                onEdit={() => {
                  setEditing(p);
                  setDone(null);
                }}
                onRemoved={() => {
                  setDone(`${p.displayName ?? p.issuer} was removed: its people sign in with a password again.`);
                  void refetch();
                }}
              />
            ),
          )}
        </ul>
      ) : null}
      {editing === 'new' ? (
        <div className="card">
          <ProviderEditor
            initial={EMPTY}
            existing={false}
            onDone={(message) => {
              setEditing(null);
              setDone(message);
              void refetch();
            }}
          />
        </div>
      ) : (
        <p>
          <button
            type="button"
            onClick={() => {
              setEditing('new');
              setDone(null);
            }}
          >
            Add an identity provider
          </button>
        </p>
      )}
    </section>
  );
}

function ProviderCard({ provider: p, onEdit, onRemoved }: { provider: Provider; onEdit: () => void; onRemoved: () => void }) {
  const test = useProviderTest();
  const [remove] = useMutation(RemoveOidcProviderMutation);
  const [failure, setFailure] = useState<FormErrors>(noErrors);
  const name = p.displayName ?? new URL(p.issuer).host;
  return (
    <li className="card provider" aria-labelledby={`provider-${p.id}`}>
      <h2 id={`provider-${p.id}`}>{name}</h2>
      <dl className="user-facts">
        <div>
          <dt>Issuer</dt>
          <dd>{p.issuer}</dd>
        </div>
        <div>
          <dt>Audience</dt>
          <dd>{p.audience}</dd>
        </div>
        <div>
          <dt>JWKS URL</dt>
          <dd>{p.jwksUrl}</dd>
        </div>
        <div>
          <dt>Sign-in button</dt>
          <dd>{p.clientId ? `Sign in with ${name} (client id ${p.clientId})` : 'None (no client id): tokens are still accepted'}</dd>
        </div>
        <div>
          <dt>Email domains</dt>
          <dd>{p.emailDomains.length ? p.emailDomains.join(', ') : <span className="muted">none</span>}</dd>
        </div>
        <div>
          <dt>Roles</dt>
          <dd>
            {p.roleClaim
              ? `From the claim ${p.roleClaim}${p.roleMapping.length ? `: ${p.roleMapping.map((m) => `${m.claimValue} → ${roleWords[m.role]}`).join(', ')}` : ''}; otherwise ${roleWords[p.defaultRole]}`
              : `Managed here; new users are ${roleWords[p.defaultRole]}`}
          </dd>
        </div>
        <div>
          <dt>New people</dt>
          <dd>{p.autoProvision ? 'Their first sign-in creates their account' : 'Only existing users may sign in'}</dd>
        </div>
      </dl>
      <div className="actions">
        <button type="button" className="secondary" onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="secondary" disabled={test.running} onClick={() => void test.run(inputOf(formOf(p)))}>
          {test.running ? 'Testing…' : 'Test'}
        </button>
        <ConfirmButton
          question={`Remove ${name}? Its people can no longer sign in with it.`}
          confirm="Remove"
          onConfirm={async () => {
            try {
              await remove({ variables: { issuer: p.issuer } });
              onRemoved();
            } catch (err) {
              setFailure(formErrors(err, []));
            }
          }}
        >
          Remove
        </ConfirmButton>
      </div>
      <FormError errors={failure} />
      <FormError errors={test.errors} />
      {test.result && <TestReport result={test.result} />}
    </li>
  );
}

function ProviderEditor({ initial, existing, onDone }: { initial: ProviderForm; existing: boolean; onDone: (message: string | null) => void }) {
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [save, { loading }] = useMutation(SetOidcProviderMutation);
  const test = useProviderTest();
  const set = (change: Partial<ProviderForm>) => setForm((f) => ({ ...f, ...change }));
  const setMapping = (i: number, change: Partial<ProviderForm['roleMapping'][number]>) =>
    set({ roleMapping: form.roleMapping.map((m, j) => (j === i ? { ...m, ...change } : m)) });

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setErrors(noErrors);
    test.forgetErrors();
    try {
      const { data } = await save({ variables: { input: inputOf(form) } });
      onDone(`Saved ${data?.setOidcProvider.displayName ?? data?.setOidcProvider.issuer ?? 'the identity provider'}.`);
    } catch (err) {
      setErrors(formErrors(err, FIELDS));
    }
  };
  // The last action's refusal shows: a save forgets the test's, a test the save's.
  const shown = test.errors.general || Object.keys(test.errors.fields).length ? test.errors : errors;

  return (
    <form className="form provider-form" aria-labelledby="provider-form-title" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="provider-form-title">{existing ? `Edit ${initial.displayName || initial.issuer}` : 'Add an identity provider'}</h2>
      <div className="form-row">
        <Field
          label="Issuer"
          hint="Exactly as its tokens' iss says; its discovery document is at <issuer>/.well-known/openid-configuration."
          error={errorAt(shown, 'issuer')}
        >
          {(c) => <input {...c} type="url" value={form.issuer} readOnly={existing} onChange={(e) => set({ issuer: e.target.value })} />}
        </Field>
        <Field label="Audience" hint="The aud its tokens for this API carry." error={errorAt(shown, 'audience')}>
          {(c) => <input {...c} value={form.audience} onChange={(e) => set({ audience: e.target.value })} />}
        </Field>
        <Field label="JWKS URL" hint="Where it publishes its signing keys." error={errorAt(shown, 'jwksUrl')}>
          {(c) => <input {...c} type="url" value={form.jwksUrl} onChange={(e) => set({ jwksUrl: e.target.value })} />}
        </Field>
        <Field label="Email claim" error={errorAt(shown, 'emailClaim')}>
          {(c) => <input {...c} value={form.emailClaim} onChange={(e) => set({ emailClaim: e.target.value })} />}
        </Field>
        <Field label="Client id" hint="The web app's public client at the provider; empty: no sign-in button." error={errorAt(shown, 'clientId')}>
          {(c) => <input {...c} value={form.clientId} onChange={(e) => set({ clientId: e.target.value })} />}
        </Field>
        <Field label="Button name" hint={'"Sign in with …"; empty: the issuer\'s host name.'} error={errorAt(shown, 'displayName')}>
          {(c) => <input {...c} value={form.displayName} onChange={(e) => set({ displayName: e.target.value })} />}
        </Field>
        <Field label="Email domains" hint="Separated by commas: people of these domains are offered this provider." error={errorAt(shown, 'emailDomains')}>
          {(c) => <input {...c} value={form.emailDomains} onChange={(e) => set({ emailDomains: e.target.value })} />}
        </Field>
        <Field label="Default role" hint="For people the role claim does not map, and new people." error={errorAt(shown, 'defaultRole')}>
          {(c) => (
            <select {...c} value={form.defaultRole} onChange={(e) => set({ defaultRole: e.target.value as Role })}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {roleWords[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Role claim" hint="A claim (dotted path) whose values map to roles; empty: roles are managed here." error={errorAt(shown, 'roleClaim')}>
          {(c) => <input {...c} value={form.roleClaim} onChange={(e) => set({ roleClaim: e.target.value })} />}
        </Field>
      </div>
      {form.roleClaim.trim() && (
        <fieldset className="role-mapping">
          <legend>Role mapping</legend>
          {form.roleMapping.length ? null : <p className="muted small">No mapping yet: everyone gets the default role.</p>}
          {form.roleMapping.map((m, i) => (
            <div key={i} className="mapping-row">
              <Field label={`Claim value ${i + 1}`}>
                {(c) => <input {...c} value={m.claimValue} onChange={(e) => setMapping(i, { claimValue: e.target.value })} />}
              </Field>
              <Field label={`Role ${i + 1}`}>
                {(c) => (
                  <select {...c} value={m.role} onChange={(e) => setMapping(i, { role: e.target.value as Role })}>
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {roleWords[r]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <button type="button" className="secondary" onClick={() => set({ roleMapping: form.roleMapping.filter((_, j) => j !== i) })}>
                Remove mapping {i + 1}
              </button>
            </div>
          ))}
          {errorAt(shown, 'roleMapping') && <p className="field-error">{errorAt(shown, 'roleMapping')}</p>}
          <div>
            <button type="button" className="secondary" onClick={() => set({ roleMapping: [...form.roleMapping, { claimValue: '', role: 'MEMBER' }] })}>
              Add a mapping
            </button>
          </div>
        </fieldset>
      )}
      <div className="choice">
        <input type="checkbox" id="provider-auto-provision" checked={form.autoProvision} onChange={(e) => set({ autoProvision: e.target.checked })} />
        <label htmlFor="provider-auto-provision">A first sign-in creates the person's account</label>
      </div>
      <FormError errors={shown} />
      <div className="actions">
        <button type="submit" disabled={loading}>
          {loading ? 'Saving…' : 'Save'}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={test.running}
          onClick={() => {
            setErrors(noErrors);
            void test.run(inputOf(form));
          }}
        >
          {test.running ? 'Testing…' : 'Test these settings'}
        </button>
        <button type="button" className="secondary" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
      {test.result && <TestReport result={test.result} />}
    </form>
  );
}

const checkTitle: Record<string, string> = {
  DISCOVERY: 'Discovery document',
  ISSUER: 'Issuer',
  JWKS_URL: 'JWKS URL',
  SIGNING_KEYS: 'Signing keys',
  AUTHORIZATION_ENDPOINT: 'Sign-in button',
};

/** What a test found, check by check, in words. */
function TestReport({ result }: { result: TestResult }) {
  return (
    <div className={`test-report${result.ok ? '' : ' failed'}`} role="status" aria-label="Test result">
      <p>
        <strong>{result.ok ? 'Test passed: the API can verify this provider’s tokens.' : 'Test failed: see what went wrong below.'}</strong>
      </p>
      <ul>
        {result.checks.map((c) => (
          <li key={c.kind} className={c.passed ? 'passed' : 'failed'}>
            <span aria-hidden="true">{c.passed ? '✓' : '✗'}</span>{' '}
            <strong>
              {checkTitle[c.kind] ?? c.kind}
              {c.passed ? '' : ' (failed)'}:
            </strong>{' '}
            {c.message}
            {c.code && <span className="muted small"> [{c.code}]</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
