import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { JiraConnectionQuery } from '../../gql/graphql.ts';
import { ConfirmButton, FormError, formErrors, noErrors, type FormErrors } from '../../forms.tsx';
import { CopyValue, SecretOnce } from './Copy.tsx';
import { RotateSecretMutation } from './operations.ts';
import { WEBHOOK_EVENTS } from './model.ts';

type Connection = NonNullable<JiraConnectionQuery['jiraConnection']>;

/** What to paste into JIRA's webhook (URL, events to tick) and, for admins, a new secret. */
export function WebhookPanel({ connection, admin }: { connection: Connection; admin: boolean }) {
  const [rotate] = useMutation(RotateSecretMutation);
  const [secret, setSecret] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  return (
    <section className="card webhook-panel" aria-labelledby="connection-webhook">
      <h2 id="connection-webhook">Webhook</h2>
      <p>In JIRA (System, WebHooks), create a webhook with this URL, so changes arrive between syncs:</p>
      <CopyValue label="Webhook URL" value={connection.webhookUrl} />
      <p>Tick these events:</p>
      <ul className="webhook-events">
        {WEBHOOK_EVENTS.map((g) => (
          <li key={g.group}>
            <strong>{g.group}</strong>: {g.events.map((e) => e.label).join(', ')}{' '}
            <span className="muted small">({g.events.map((e) => e.name).join(', ')})</span>
          </li>
        ))}
      </ul>
      <p>
        {connection.webhookSigning === 'REQUIRED'
          ? connection.hasWebhookSecret || secret
            ? 'Webhooks must be signed: give JIRA the webhook secret (its Secret field).'
            : 'Webhooks must be signed, but this connection has no secret yet: rotate to make one, or every webhook is refused.'
          : 'Signing is off: webhooks are accepted unsigned.'}
      </p>
      {secret && <SecretOnce secret={secret} />}
      <FormError errors={errors} />
      {admin && (
        <ConfirmButton
          question="Make a new webhook secret? The current one stops working at once: JIRA must be given the new one."
          confirm="Rotate the secret"
          onConfirm={async () => {
            setErrors(noErrors);
            try {
              const { data } = await rotate({ variables: { connectionId: connection.id } });
              setSecret(data?.rotateJiraWebhookSecret.webhookSecret ?? null);
            } catch (err) {
              setErrors(formErrors(err, []));
            }
          }}
        >
          Rotate webhook secret
        </ConfirmButton>
      )}
    </section>
  );
}
