export { generateDataset, type Dataset, type DatasetOptions, type TeamSpec } from './generate.ts';
export { seedDataset, seedDemoData, demoOptions, DEMO_TENANT_ID } from './seed.ts';
