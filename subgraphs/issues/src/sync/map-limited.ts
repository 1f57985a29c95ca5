/**
 * Maps `items` with at most `concurrency` calls in flight, in order; starts no call after
 * `deadline` (epoch ms): the items not reached are left out of the answer.
 */
export async function mapLimited<T, R>(items: readonly T[], concurrency: number, deadline: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: (R | undefined)[] = new Array<R | undefined>(items.length);
  const reached: boolean[] = new Array<boolean>(items.length).fill(false);
  let next = 0;
  const worker = async () => {
    while (next < items.length && Date.now() <= deadline) {
      const i = next++;
      reached[i] = true;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, concurrency), items.length) }, worker));
  return results.filter((_, i) => reached[i]) as R[];
}
