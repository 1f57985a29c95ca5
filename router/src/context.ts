import type { Identity } from '@sprint-reports/core';

/** What the router knows about a request: who it acts for (subgraphs receive it signed), and from where. */
export interface RouterContext {
  identity: Identity;
  /** The client's address (behind a proxy, with TRUST_PROXY set): anonymous requests are rate-limited by it. */
  clientIp: string;
  /** The request's id (X-Request-Id): subgraph processes log under it too. */
  requestId?: string;
}
