import { useMemo, useRef } from 'react';

/**
 * A fresh idempotency key for a request: 128 random bits in hex (crypto.randomUUID exists only on
 * https or localhost; the router may be reached over plain http).
 */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The key a request is sent with: tied to what it asks for (its content as JSON). */
export interface HeldKey {
  request: string;
  key: string;
}

/**
 * The key for `content`: the held one while the content is the same (a double click, or a retry after
 * an error whose outcome is unknown, does the request once), a new one when the content changed (the
 * API refuses one key for two different requests, and a changed request is a new one).
 */
export function keyForContent(held: HeldKey | null, content: unknown): HeldKey {
  const request = JSON.stringify(content);
  return held?.request === request ? held : { request, key: newIdempotencyKey() };
}

/**
 * Every page's idempotency keys for one kind of request. `keyFor(content)` before sending;
 * `answered()` once the API answered it (done: the next request, even the same content, is a new
 * one). After an error the key stays, so trying the same again cannot do it twice.
 */
export function useIdempotencyKey() {
  const held = useRef<HeldKey | null>(null);
  return useMemo(
    () => ({
      keyFor(content: unknown): string {
        held.current = keyForContent(held.current, content);
        return held.current.key;
      },
      answered(): void {
        held.current = null;
      },
    }),
    [],
  );
}
