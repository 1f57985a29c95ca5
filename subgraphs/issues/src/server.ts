import { serveSubgraph } from '@sprint-reports/core';
import { subgraph } from './index.ts';

await serveSubgraph(subgraph, 4003);
