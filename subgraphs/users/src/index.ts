import { defineSubgraph } from '@sprint-reports/core';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';
import { start } from './jobs.ts';

export const subgraph = defineSubgraph({ name: 'users', resolvers, createLoaders, start });
export * as usersData from './data/index.ts';
export * from './models.ts';
export { hashPassword, verifyPassword } from './auth/passwords.ts';
export { rotateSigningKeys, publishedKeys, activeSigningKey, KEY_MAX_AGE_MS, RETIRED_KEY_KEPT_MS } from './auth/signing-keys.ts';
export { REFRESH_TOKEN_TTL_MS } from './data/refresh-tokens.ts';
export { createOrganisation, type NewOrganisation, type CreatedOrganisation } from './organisations.ts';
