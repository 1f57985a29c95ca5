import type { SubgraphContext } from '@sprint-reports/core';
import type { Loaders } from './loaders.ts';

export type Context = SubgraphContext<Loaders>;
