export { generateDataset, STATUSES, BOARD_COLUMNS, STORY_POINTS_FIELD, type Dataset, type DatasetOptions, type TeamSpec } from './generate.ts';
export { seedDataset, seedPeople, demoOptions, DEMO_TENANT_ID, DEMO_CONNECTION_ID } from './seed.ts';
export { seedDemoAccounts, DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.ts';
export { createRandom, type Random } from './random.ts';
