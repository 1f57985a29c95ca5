import { Redis } from 'ioredis';
import { onRuntimeClose, type Database, type Runtime } from '@sprint-reports/core';
import * as data from './data.ts';

/**
 * Which document answers a report request on unchanged data. A document's fingerprint hashes the
 * request and every figure it was made from (fingerprint.ts), so a change to the sprint (a sync, a
 * webhook, a capacity change) gives a new fingerprint: that is the invalidation, and it cannot miss
 * a change. Entries last REPORT_CACHE_TTL_SECONDS. In Redis with REDIS_URL, else in Postgres
 * (the documents table itself).
 */
export interface DocumentCache {
  find(db: Database, tenantId: string, fingerprint: string): Promise<string | null>;
  remember(tenantId: string, fingerprint: string, documentId: string): Promise<void>;
}

class PostgresDocumentCache implements DocumentCache {
  constructor(private readonly ttlSeconds: number) {}

  async find(db: Database, tenantId: string, fingerprint: string) {
    return (await data.documentByFingerprint(db, tenantId, fingerprint, new Date(Date.now() - this.ttlSeconds * 1000)))?.id ?? null;
  }

  async remember() {
    // The document row is the entry.
  }
}

class RedisDocumentCache implements DocumentCache {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlSeconds: number,
  ) {}

  private key = (tenantId: string, fingerprint: string) => `${this.prefix}:report-cache:${tenantId}:${fingerprint}`;

  find(_db: Database, tenantId: string, fingerprint: string) {
    return this.redis.get(this.key(tenantId, fingerprint));
  }

  async remember(tenantId: string, fingerprint: string, documentId: string) {
    await this.redis.set(this.key(tenantId, fingerprint), documentId, 'EX', this.ttlSeconds);
  }
}

const caches = new WeakMap<Runtime, DocumentCache>();

export function documentCache(runtime: Runtime): DocumentCache {
  let cache = caches.get(runtime);
  if (!cache) {
    const { redisUrl, redisPrefix, reportCacheTtlSeconds } = runtime.config;
    if (redisUrl) {
      const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
      redis.on('error', (err) => runtime.log.warn({ err: err.message }, 'Redis connection error (report cache)'));
      onRuntimeClose(runtime, async () => void redis.disconnect());
      cache = new RedisDocumentCache(redis, redisPrefix, reportCacheTtlSeconds);
    } else cache = new PostgresDocumentCache(reportCacheTtlSeconds);
    caches.set(runtime, cache);
  }
  return cache;
}
