import { useId, type FormEvent, type ReactNode } from 'react';
import type { GenerateReportInput, ReportFormat } from '../../gql/graphql.ts';
import { ErrorMessage } from '../../components.tsx';
import { FORMATS } from './model.ts';
import { ReportJob } from './ReportJob.tsx';
import { useGenerateReport } from './useGenerateReport.ts';

/**
 * What every report generator shares: its own fields (children), then the format, the button, what
 * went wrong, and the job's progress and file once asked. `ask` gives the request, or null when the
 * form has said (in `problem`) what to fix first. `onChange`: the list of reports has news (a new
 * report queued, or one finished).
 */
export function ReportGenerator({
  className,
  labelledBy,
  submitLabel,
  format,
  onFormat,
  ask,
  problem,
  onChange,
  children,
}: {
  className: string;
  labelledBy?: string;
  submitLabel: string;
  format: ReportFormat;
  onFormat: (format: ReportFormat) => void;
  ask: () => GenerateReportInput | null;
  problem?: string | null;
  onChange: () => void;
  children?: ReactNode;
}) {
  const { generate, finished, reportId, error, sending, busy } = useGenerateReport();
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = ask();
    // A new report is in the list at once (queued), and again when it is finished.
    if (input) void generate(input).then((made) => made && onChange());
  };
  return (
    <>
      <form className={className} onSubmit={submit} aria-labelledby={labelledBy}>
        {children}
        <div className="field">
          <label htmlFor={`${id}-format`}>Format</label>
          <select id={`${id}-format`} value={format} onChange={(e) => onFormat(e.target.value as ReportFormat)}>
            {FORMATS.map((f) => (
              <option key={f.format} value={f.format}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" disabled={busy}>
            {sending ? 'Asking for the report…' : busy ? 'Generating…' : submitLabel}
          </button>
        </div>
        {problem && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
        {error != null && <ErrorMessage error={error} />}
      </form>
      {reportId && (
        <ReportJob
          key={reportId}
          reportId={reportId}
          onFinished={() => {
            finished();
            onChange();
          }}
        />
      )}
    </>
  );
}
