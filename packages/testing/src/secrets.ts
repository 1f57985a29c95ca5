import { randomBytes } from 'node:crypto';

/** The secret test routers and the subgraph processes they start share (INTERNAL_SECRET). */
export const testInternalSecret = randomBytes(32).toString('hex');
/**
 * The encryption key of this test process's routers (and of subgraph processes they start, as
 * ENCRYPTION_KEY): routers over one database must open each other's sealed values, the users
 * subgraph's token signing keys among them.
 */
export const testEncryptionKey = randomBytes(32).toString('base64');
