import { errorWords } from './errors.ts';

export function Loading({ what }: { what: string }) {
  return <p role="status" className="muted">Loading {what}…</p>;
}

export function ErrorMessage({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <div role="alert" className="error card">
      <p>{errorWords(error)}</p>
      {retry && <button type="button" onClick={retry}>Try again</button>}
    </div>
  );
}

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
export const formatDate = (iso: string | null | undefined) => (iso ? dateFormat.format(new Date(iso)) : '—');

/** Points with at most one decimal (estimates may be halves). */
export const formatPoints = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export const unitOf = (statistic: string) => (statistic === 'ISSUE_COUNT' ? 'issues' : statistic === 'ORIGINAL_ESTIMATE' ? 'hours' : 'points');
