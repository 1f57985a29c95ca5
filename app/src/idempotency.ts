/**
 * A fresh idempotency key for a request: 128 random bits in hex (crypto.randomUUID exists only on
 * https or localhost; the router may be reached over plain http). A request keeps its key until it
 * is answered, so a double click or a retry after an unknown outcome does it once.
 */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
