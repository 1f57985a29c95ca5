import { useState, type ReactNode } from 'react';

/** A value to paste elsewhere (into JIRA), shown whole, with a button that copies it and says so. */
export function CopyValue({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  return (
    <div className="copy-value" role="group" aria-label={label}>
      <code>{value}</code>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          // The clipboard may be missing (not a secure page) or refused: then it says to select the text.
          if (!navigator.clipboard) setCopied('no');
          else
            navigator.clipboard.writeText(value).then(
              () => setCopied('yes'),
              () => setCopied('no'),
            );
        }}
      >
        Copy {label.charAt(0).toLowerCase() + label.slice(1)}
      </button>
      <span role="status" className="muted small">
        {copied === 'yes' ? 'Copied.' : copied === 'no' ? 'Could not copy: select the text and copy it.' : ''}
      </span>
    </div>
  );
}

/** A secret the API answers once (a new connection's or a rotated webhook secret). */
export function SecretOnce({ secret, children }: { secret: string; children?: ReactNode }) {
  return (
    <div className="card secret-once" role="region" aria-label="Webhook secret">
      <p>
        <strong>The webhook secret, shown this once.</strong> Give it to JIRA's webhook (its Secret field) now: it cannot be read back. If it is lost, rotate it
        to get a new one.
      </p>
      <CopyValue label="Webhook secret" value={secret} />
      {children}
    </div>
  );
}
