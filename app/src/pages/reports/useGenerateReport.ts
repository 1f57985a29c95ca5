import { useCallback, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { GenerateReportInput } from '../../gql/graphql.ts';
import { GenerateReportMutation } from './operations.ts';
import { useIdempotencyKey } from '../../idempotency.ts';

/**
 * Asks for a report, at most once per request: the same request keeps its idempotency key until its
 * report is finished, so a double click, or a retry after an error whose outcome is unknown, answers
 * the report already asked for instead of making a second one. A changed request gets a new key
 * (the API refuses one key for two requests), and so does the next request after a report finished.
 */
export function useGenerateReport() {
  const [mutate] = useMutation(GenerateReportMutation);
  const [reportId, setReportId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  // From a request until its report finishes (or the request fails): the form waits meanwhile.
  const [busy, setBusy] = useState(false);
  const key = useIdempotencyKey();
  const inFlight = useRef(false);

  const generate = useCallback(
    async (input: GenerateReportInput): Promise<string | null> => {
      // A second click while the first is on its way: the first one's report is the answer.
      if (inFlight.current) return null;
      inFlight.current = true;
      setBusy(true);
      const idempotencyKey = key.keyFor(input);
      setSending(true);
      setError(null);
      try {
        const { data } = await mutate({ variables: { input, idempotencyKey } });
        const id = data?.generateReport.id ?? null;
        setReportId(id);
        if (!id) {
          inFlight.current = false;
          setBusy(false);
        }
        return id;
      } catch (err) {
        setError(err);
        inFlight.current = false;
        setBusy(false);
        return null;
      } finally {
        setSending(false);
      }
    },
    [mutate, key],
  );

  /** The report asked for is finished (READY or FAILED): the next request is a new one. */
  const finished = useCallback(() => {
    key.answered();
    inFlight.current = false;
    setBusy(false);
  }, [key]);

  return { generate, finished, reportId, error, sending, busy };
}
