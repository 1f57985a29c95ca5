import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import type { JiraFlavor, TestJiraConnectionQuery } from '../../gql/graphql.ts';
import { Field, FormError, errorAt, formErrors, noErrors, type FormErrors } from '../../forms.tsx';
import { useIdempotencyKey } from '../../idempotency.ts';
import { CreateConnectionMutation, TestConnectionQuery } from './operations.ts';
import { forgetConnections } from './cache.ts';
import { TestResult } from './TestResult.tsx';
import { CopyValue, SecretOnce } from './Copy.tsx';

const FIELDS = ['name', 'baseUrl', 'flavor', 'email', 'apiToken', 'storyPointsField', 'webhookSecret'] as const;

interface Values {
  flavor: JiraFlavor;
  name: string;
  baseUrl: string;
  email: string;
  apiToken: string;
  webhookSecret: string;
  storyPointsField: string;
}

const empty: Values = { flavor: 'CLOUD', name: '', baseUrl: '', email: '', apiToken: '', webhookSecret: '', storyPointsField: '' };

/**
 * Connecting a JIRA site: its credentials can be tested first (nothing is stored), then saved. The
 * values stay as typed whatever JIRA or the API answers; only a saved connection clears the form,
 * and its webhook secret is shown then, once.
 */
export function ConnectForm() {
  const client = useApolloClient();
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [testing, setTesting] = useState(false);
  const [found, setFound] = useState<TestJiraConnectionQuery['testJiraConnection'] | null>(null);
  // Lists of connections (this page's, the boards page's first run) are read anew when next shown.
  const [create, { loading: saving, data: created }] = useMutation(CreateConnectionMutation, { update: forgetConnections });
  // The same connection keeps its key until saved: a retry after a lost answer saves it once.
  const createKey = useIdempotencyKey();

  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) => {
      setValues((v) => ({ ...v, [key]: value }));
      setFound(null); // what was found is for the values tested, not these
    };
  const credentials = () => ({
    baseUrl: values.baseUrl.trim(),
    flavor: values.flavor,
    email: values.flavor === 'CLOUD' ? values.email.trim() || null : null,
    apiToken: values.apiToken,
    storyPointsField: values.storyPointsField.trim() || null,
  });

  const test = async () => {
    setTesting(true);
    setErrors(noErrors);
    try {
      const { data } = await client.query({ query: TestConnectionQuery, variables: { input: credentials() }, fetchPolicy: 'no-cache' });
      setFound(data?.testJiraConnection ?? null);
    } catch (err) {
      setFound(null);
      setErrors(formErrors(err, FIELDS));
    } finally {
      setTesting(false);
    }
  };

  const save = async () => {
    setErrors(noErrors);
    try {
      const input = { ...credentials(), name: values.name.trim(), webhookSecret: values.webhookSecret.trim() || null };
      await create({ variables: { input, idempotencyKey: createKey.keyFor(input) } });
      createKey.answered();
      setValues(empty);
      setFound(null);
    } catch (err) {
      setErrors(formErrors(err, FIELDS));
    }
  };

  const made = created?.createJiraConnection;
  if (made) {
    return (
      <div className="connect-done">
        <p role="status" className="card success">
          JIRA connection “{made.name}” saved.
        </p>
        {made.webhookSecret && (
          <SecretOnce secret={made.webhookSecret}>
            <p>Point JIRA's webhook at:</p>
            <CopyValue label="Webhook URL" value={made.webhookUrl} />
          </SecretOnce>
        )}
        <p>
          <Link to={`/admin/connections/${made.id}`} className="button">
            Open the connection and start its first sync
          </Link>
        </p>
      </div>
    );
  }

  const busy = testing || saving;
  const cloud = values.flavor === 'CLOUD';
  return (
    <form
      className="card connect-form"
      aria-label="Connect JIRA"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <fieldset className="choice">
        <legend>Which JIRA</legend>
        <label>
          <input type="radio" name="flavor" value="CLOUD" checked={cloud} onChange={() => set('flavor')('CLOUD')} /> JIRA Cloud (…atlassian.net)
        </label>
        <label>
          <input type="radio" name="flavor" value="SERVER" checked={!cloud} onChange={() => set('flavor')('SERVER')} /> JIRA Server or Data Center
        </label>
        {errorAt(errors, 'flavor') && (
          <span className="field-error" role="alert">
            {errorAt(errors, 'flavor')}
          </span>
        )}
      </fieldset>
      <Field label="Name" hint="How this site is called here, e.g. Acme JIRA." error={errorAt(errors, 'name')}>
        {(c) => <input {...c} value={values.name} onChange={(e) => set('name')(e.target.value)} autoComplete="off" />}
      </Field>
      <Field label="Base URL" hint={cloud ? 'e.g. https://acme.atlassian.net' : 'e.g. https://jira.acme.com'} error={errorAt(errors, 'baseUrl')}>
        {(c) => <input {...c} type="url" value={values.baseUrl} onChange={(e) => set('baseUrl')(e.target.value)} autoComplete="url" />}
      </Field>
      {cloud && (
        <Field label="Email" hint="The Atlassian account the API token belongs to." error={errorAt(errors, 'email')}>
          {(c) => <input {...c} type="email" value={values.email} onChange={(e) => set('email')(e.target.value)} autoComplete="off" />}
        </Field>
      )}
      <Field
        label={cloud ? 'API token' : 'Personal access token'}
        hint={
          cloud
            ? 'Made at id.atlassian.com, Security, API tokens. Stored encrypted, never shown again.'
            : 'Made in JIRA under your profile, Personal Access Tokens. Stored encrypted, never shown again.'
        }
        error={errorAt(errors, 'apiToken')}
      >
        {(c) => <input {...c} type="password" value={values.apiToken} onChange={(e) => set('apiToken')(e.target.value)} autoComplete="off" />}
      </Field>
      <Field
        label="Story points field (optional)"
        hint="A field id (customfield_10016) or name; left empty, the one most boards estimate in is used."
        error={errorAt(errors, 'storyPointsField')}
      >
        {(c) => <input {...c} value={values.storyPointsField} onChange={(e) => set('storyPointsField')(e.target.value)} autoComplete="off" />}
      </Field>
      <Field
        label="Webhook secret (optional)"
        hint="Only if JIRA made one for you (16 to 256 characters); left empty, a strong one is generated and shown once."
        error={errorAt(errors, 'webhookSecret')}
      >
        {(c) => <input {...c} type="password" value={values.webhookSecret} onChange={(e) => set('webhookSecret')(e.target.value)} autoComplete="off" />}
      </Field>
      <FormError errors={errors} />
      {testing && (
        <p role="status" className="muted">
          Asking JIRA…
        </p>
      )}
      {found && <TestResult found={found} />}
      <div className="actions">
        <button type="button" className="secondary" disabled={busy} onClick={() => void test()}>
          Test connection
        </button>
        <button type="submit" disabled={busy}>
          {saving ? 'Connecting…' : 'Connect'}
        </button>
      </div>
    </form>
  );
}
