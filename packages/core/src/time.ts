/** Waits for `promise`, but no longer than `ms`: its value, or undefined when time ran out first. */
export function within<T>(ms: number, promise: Promise<T>): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms).unref())]);
}
