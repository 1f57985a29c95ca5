import type { Runtime } from '@sprint-reports/core';
import { rotateSigningKeys } from './auth/signing-keys.ts';

/** Rotates the access token signing keys (auth/signing-keys.ts). */
export const ROTATION_JOB = 'users.rotate-signing-keys';
const ROTATION_EVERY_MS = 3600_000;

/**
 * The users subgraph's background work, in the process that runs it: at start, a key to sign with
 * (created if none, replaced if overdue; refused without ENCRYPTION_KEY), then the hourly rotation.
 */
export async function start(runtime: Runtime) {
  await rotateSigningKeys(runtime);
  runtime.jobs.handle(ROTATION_JOB, async () => void (await rotateSigningKeys(runtime)));
  await runtime.jobs.repeat(ROTATION_JOB, 'hourly', ROTATION_EVERY_MS, {});
}
