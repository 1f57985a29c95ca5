import { useCallback, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { GenerateReportInput } from '../../gql/graphql.ts';
import { GenerateReportMutation } from './operations.ts';

/** 128 random bits in hex (crypto.randomUUID exists only on https or localhost; the router may be reached over plain http). */
export function newKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

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
  const key = useRef<{ request: string; key: string } | null>(null);
  const inFlight = useRef(false);

  const generate = useCallback(
    async (input: GenerateReportInput): Promise<string | null> => {
      // A second click while the first is on its way: the first one's report is the answer.
      if (inFlight.current) return null;
      inFlight.current = true;
      setBusy(true);
      const request = JSON.stringify(input);
      if (key.current?.request !== request) key.current = { request, key: newKey() };
      setSending(true);
      setError(null);
      try {
        const { data } = await mutate({ variables: { input, idempotencyKey: key.current.key } });
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
    [mutate],
  );

  /** The report asked for is finished (READY or FAILED): the next request is a new one. */
  const finished = useCallback(() => {
    key.current = null;
    inFlight.current = false;
    setBusy(false);
  }, []);

  return { generate, finished, reportId, error, sending, busy };
}
