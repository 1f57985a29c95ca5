import { errorWords } from './errors.ts';

export function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="muted">
      Loading {what}…
    </p>
  );
}

export function ErrorMessage({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <div role="alert" className="error card">
      <p>{errorWords(error)}</p>
      {retry && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export const unitOf = (statistic: string) => (statistic === 'ISSUE_COUNT' ? 'issues' : statistic === 'ORIGINAL_ESTIMATE' ? 'hours' : 'points');
