/**
 * Deterministic faults: each kind counts the requests it applies to (those whose path matches
 * `only`, while the kind is switched on) and fires on every Nth. The plan is a plain mutable object:
 * tests switch faults on and off between requests.
 */
export interface FaultPlan {
  /** Every Nth request answers 429 with Retry-After (or X-RateLimit-Reset) and JIRA's body. */
  rateLimit?: { every: number; retryAfterSeconds?: number; useResetHeader?: boolean };
  /** Every Nth request answers 500. */
  serverErrorEvery?: number;
  /** Every Nth request is never answered (until the client gives up, or the sim closes). */
  timeoutEvery?: number;
  /** Every Nth request answers 200 with a truncated JSON body. */
  malformedEvery?: number;
  /** Inline changelogs carry only 5 histories, so clients must page the rest. */
  truncateChangelogs?: boolean;
  /** Every request answers 403, as for a user without Browse permission. */
  forbidden?: boolean;
  /** Every request answers 404, as a site without the endpoint (e.g. greenhopper's, undocumented). */
  notFound?: boolean;
  /** Every request answers 200 with well-formed JSON of a shape the endpoint never returns. */
  wrongShape?: boolean;
  /** Apply the faults only to request paths matching this (e.g. /search/). */
  only?: RegExp;
}

export type FaultKind = 'rateLimit' | 'serverError' | 'timeout' | 'malformed' | 'forbidden' | 'notFound' | 'wrongShape';

export interface FaultStats {
  /** Faults injected, all kinds. */
  injected: number;
  byKind: Record<FaultKind, number>;
}

/** How many histories inline changelogs keep under `truncateChangelogs`. */
export const TRUNCATED_CHANGELOG = 5;

export class FaultInjector {
  readonly stats: FaultStats = { injected: 0, byKind: { rateLimit: 0, serverError: 0, timeout: 0, malformed: 0, forbidden: 0, notFound: 0, wrongShape: 0 } };
  private readonly seen = { rateLimit: 0, serverError: 0, timeout: 0, malformed: 0 };

  constructor(public plan: FaultPlan) {}

  applies(path: string): boolean {
    const only = this.plan.only;
    if (!only) return true;
    only.lastIndex = 0; // a /g regex would otherwise match every other request
    return only.test(path);
  }

  /** The fault to inject for this request, if any; counts it. */
  next(path: string): FaultKind | null {
    if (!this.applies(path)) return null;
    const p = this.plan;
    // Every configured kind counts the request, so each keeps its own rhythm.
    const due = (kind: keyof FaultInjector['seen'], every: number | undefined) => {
      if (!every || every < 1) return false;
      this.seen[kind] += 1;
      return this.seen[kind] % every === 0;
    };
    const fired = [
      due('timeout', p.timeoutEvery) && 'timeout',
      due('rateLimit', p.rateLimit?.every) && 'rateLimit',
      due('serverError', p.serverErrorEvery) && 'serverError',
      due('malformed', p.malformedEvery) && 'malformed',
    ].find(Boolean) as FaultKind | undefined;
    const kind = p.forbidden ? 'forbidden' : p.notFound ? 'notFound' : p.wrongShape ? 'wrongShape' : (fired ?? null);
    if (kind) {
      this.stats.injected += 1;
      this.stats.byKind[kind] += 1;
    }
    return kind;
  }
}
