import { useState } from 'react';
import { errorWords } from '../../errors.ts';
import { useSignedFetch } from '../../session-context.ts';
import { formatName, reportTitle, sizeWords, type Report } from './model.ts';

/** The file name the router gives in Content-Disposition (RFC 6266: filename*, else filename). */
function fileNameOf(res: Response, fallback: string): string {
  const header = res.headers.get('content-disposition') ?? '';
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (extended) return decodeURIComponent(extended[1]!);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/**
 * GET /reports/{id}/download with the session's access token (docs/reports.md), saved through a
 * blob URL: a plain link could not carry the Authorization header, and this way an answer that is
 * not the file (not ready, gone, signed out) is shown in words on the page instead of as JSON.
 */
async function download(signedFetch: typeof fetch, report: Report) {
  const res = await signedFetch(`/reports/${encodeURIComponent(report.id)}/download`);
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { errors?: { message: string; extensions?: { code?: string } }[] } | null;
    const first = body?.errors?.[0];
    throw first ? { code: first.extensions?.code, message: first.message } : new Error(`The server answered HTTP ${res.status}.`);
  }
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(res, report.fileName ?? `report-${report.id}`);
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the file once the click is handled; the blob can go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function DownloadButton({ report }: { report: Report }) {
  const signedFetch = useSignedFetch();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const size = sizeWords(report.sizeBytes);
  return (
    <span className="download">
      <button
        type="button"
        className="secondary"
        disabled={busy}
        title={report.fileName ?? undefined}
        onClick={() => {
          setBusy(true);
          setError(null);
          download(signedFetch, report)
            .catch(setError)
            .finally(() => setBusy(false));
        }}
      >
        {busy ? 'Downloading…' : `Download ${formatName(report.format)}`}
        {/* Many reports share a format: the name says which one. */}
        <span className="visually-hidden"> of {reportTitle(report)}</span>
        {size && ` (${size})`}
      </button>
      {error != null && (
        <span role="alert" className="error inline">
          {errorWords(error)}
        </span>
      )}
    </span>
  );
}
