import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { JiraConnectionQuery, UpdateJiraConnectionInput, WebhookSigning } from '../../gql/graphql.ts';
import { Field, FormError, errorAt, formErrors, noErrors, type FormErrors } from '../../forms.tsx';
import { UpdateConnectionMutation } from './operations.ts';

type Connection = NonNullable<JiraConnectionQuery['jiraConnection']>;

const FIELDS = ['name', 'email', 'apiToken', 'storyPointsField', 'syncIntervalMinutes', 'webhookSigning'] as const;

/** A connection's settings (admins). Only what changed is sent; a new token is checked with JIRA before it replaces the old one. */
export function SettingsForm({ connection }: { connection: Connection }) {
  const initial = () => ({
    name: connection.name,
    email: connection.email ?? '',
    apiToken: '',
    storyPointsField: connection.storyPointsField ?? '',
    syncIntervalMinutes: String(connection.syncIntervalMinutes),
    webhookSigning: connection.webhookSigning,
  });
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UpdateConnectionMutation);
  const set = (key: keyof ReturnType<typeof initial>) => (value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setSaved(false);
  };
  const cloud = connection.flavor === 'CLOUD';

  const save = async () => {
    const input: UpdateJiraConnectionInput = {};
    if (values.name !== connection.name) input.name = values.name;
    if (cloud && values.email !== (connection.email ?? '')) input.email = values.email;
    if (values.apiToken) input.apiToken = values.apiToken;
    if (values.storyPointsField.trim() !== (connection.storyPointsField ?? '')) input.storyPointsField = values.storyPointsField.trim();
    if (values.syncIntervalMinutes !== String(connection.syncIntervalMinutes)) {
      const n = Number(values.syncIntervalMinutes);
      if (!Number.isInteger(n)) {
        setErrors({ fields: { syncIntervalMinutes: 'Give a whole number of minutes (0 turns scheduled syncs off)' }, general: null });
        return;
      }
      input.syncIntervalMinutes = n;
    }
    if (values.webhookSigning !== connection.webhookSigning) input.webhookSigning = values.webhookSigning;
    setErrors(noErrors);
    try {
      await update({ variables: { id: connection.id, input } });
      setValues((v) => ({ ...v, apiToken: '' }));
      setSaved(true);
    } catch (err) {
      setErrors(formErrors(err, FIELDS));
    }
  };

  return (
    <form
      className="card settings-form"
      aria-labelledby="connection-settings"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="connection-settings">Settings</h2>
      <Field label="Name" error={errorAt(errors, 'name')}>
        {(c) => <input {...c} value={values.name} onChange={(e) => set('name')(e.target.value)} autoComplete="off" />}
      </Field>
      {cloud && (
        <Field label="Email" hint="The Atlassian account the API token belongs to." error={errorAt(errors, 'email')}>
          {(c) => <input {...c} type="email" value={values.email} onChange={(e) => set('email')(e.target.value)} autoComplete="off" />}
        </Field>
      )}
      <Field
        label={cloud ? 'New API token' : 'New personal access token'}
        hint="Left empty, the stored one stays. A new one is checked with JIRA first."
        error={errorAt(errors, 'apiToken')}
      >
        {(c) => <input {...c} type="password" value={values.apiToken} onChange={(e) => set('apiToken')(e.target.value)} autoComplete="off" />}
      </Field>
      <Field
        label="Story points field override"
        hint={
          <>
            In use: {connection.effectiveStoryPointsField ?? 'none yet (the first sync chooses)'}. Left empty, the sync chooses; changing it re-derives every
            estimate from the stored history.
          </>
        }
        error={errorAt(errors, 'storyPointsField')}
      >
        {(c) => <input {...c} value={values.storyPointsField} onChange={(e) => set('storyPointsField')(e.target.value)} autoComplete="off" />}
      </Field>
      <Field
        label="Minutes between scheduled syncs"
        hint="0 turns scheduled syncs off (webhooks and manual syncs still work)."
        error={errorAt(errors, 'syncIntervalMinutes')}
      >
        {(c) => (
          <input
            {...c}
            type="number"
            min={0}
            max={10080}
            inputMode="numeric"
            value={values.syncIntervalMinutes}
            onChange={(e) => set('syncIntervalMinutes')(e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Webhook signing"
        hint="Off accepts unsigned webhooks from anyone who knows the webhook URL: only for a JIRA that cannot sign them."
        error={errorAt(errors, 'webhookSigning')}
      >
        {(c) => (
          <select {...c} value={values.webhookSigning} onChange={(e) => set('webhookSigning')(e.target.value as WebhookSigning)}>
            <option value="REQUIRED">Required: unsigned webhooks are refused</option>
            <option value="OFF">Off: unsigned webhooks are accepted</option>
          </select>
        )}
      </Field>
      <FormError errors={errors} />
      {saved && (
        <p role="status" className="success">
          Settings saved.
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={loading}>
          {loading ? 'Saving…' : 'Save settings'}
        </button>
      </div>
    </form>
  );
}
