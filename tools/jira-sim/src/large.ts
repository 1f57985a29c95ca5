import { generateDataset, type TeamSpec } from '@sprint-reports/demo-data';
import { siteFromDataset } from './from-dataset.ts';
import type { JiraSite } from './site.ts';

const TENANT_ID = '6a1f3c2e-0b7d-5e4a-9c81-3d2b1a0f9e11';
const CONNECTION_ID = '0c9e8d7b-6a5f-5e4d-8c3b-2a1f0e9d8c7b';

/**
 * A site of about `issues` issues for the benchmark: up to 20 teams of 26 two-week sprints with
 * sprint work and its history, the rest of each team's issues waiting in its backlog. Sprint work
 * can push small sites a little over `issues`.
 */
export function largeSite(opts: { issues: number; seed?: number; now?: Date; timeZone?: string }): JiraSite {
  const total = Math.max(1, Math.floor(opts.issues));
  const teamCount = Math.min(20, Math.max(1, Math.ceil(total / 5000)));
  const perTeam = Math.ceil(total / teamCount);
  const teams: TeamSpec[] = Array.from({ length: teamCount }, (_, i) => {
    const letter = String.fromCharCode(65 + i);
    return {
      name: `Team ${letter}`,
      boardName: `Team ${letter} board`,
      projectKey: `TM${letter}`,
      members: 6,
      sprints: 26,
      // About a third of a team's issues go through sprints (60 per sprint at 5,000 issues).
      issuesPerSprint: Math.min(60, Math.max(2, Math.round(perTeam / 80))),
      issues: perTeam,
    };
  });
  const ds = generateDataset({
    tenant: { id: TENANT_ID, name: 'Benchmark', slug: 'benchmark' },
    teams,
    now: opts.now ?? new Date(),
    connectionId: CONNECTION_ID,
    seed: opts.seed ?? 1,
  });
  return siteFromDataset(ds, { timeZone: opts.timeZone });
}
