import type { SubgraphModule } from '@sprint-reports/core';
import { subgraph as users } from '@sprint-reports/users';
import { subgraph as sprints } from '@sprint-reports/sprints';
import { subgraph as issues } from '@sprint-reports/issues';
import { subgraph as capacity } from '@sprint-reports/capacity';
import { subgraph as queues } from '@sprint-reports/queues';
import { subgraph as reports } from '@sprint-reports/reports';

/** The product's six subgraphs: run in a router's process unless a URL says where, their routes served either way. */
export const allSubgraphs: SubgraphModule<unknown>[] = [users, sprints, issues, capacity, queues, reports];
