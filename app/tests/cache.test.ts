import { describe, expect, test } from 'vitest';
import { InMemoryCache, gql } from '@apollo/client';
import { typePolicies } from '../src/apollo.ts';

// Two pages' views of one sprint: the boards page's few figures, the report's more.
const Report = gql`query Report { sprint(id: "s1") { id analysis { committedPoints completedPoints issueCount } } }`;
const Boards = gql`query Boards { sprint(id: "s1") { id analysis { committedPoints } } }`;
const Velocity = gql`query Velocity { board(id: "b1") { id settings { estimationStatistic timeZone } predictability { sprints predictability } } }`;
const Small = gql`query Small { board(id: "b1") { id settings { timeZone } predictability { sprints } } }`;

describe('the cache', () => {
  test('a smaller selection of a sprint’s analysis (it has no id) adds to the report’s rather than replacing it', () => {
    const cache = new InMemoryCache({ typePolicies });
    cache.writeQuery({
      query: Report,
      data: { sprint: { __typename: 'Sprint', id: 's1', analysis: { __typename: 'SprintAnalysis', committedPoints: 10, completedPoints: 8, issueCount: 4 } } },
    });
    cache.writeQuery({ query: Boards, data: { sprint: { __typename: 'Sprint', id: 's1', analysis: { __typename: 'SprintAnalysis', committedPoints: 12 } } } });
    expect(cache.readQuery({ query: Report })).toEqual({
      sprint: { __typename: 'Sprint', id: 's1', analysis: { __typename: 'SprintAnalysis', committedPoints: 12, completedPoints: 8, issueCount: 4 } },
    });
  });

  test('so do a board’s settings and predictability', () => {
    const cache = new InMemoryCache({ typePolicies });
    cache.writeQuery({
      query: Velocity,
      data: {
        board: {
          __typename: 'Board',
          id: 'b1',
          settings: { __typename: 'BoardSettings', estimationStatistic: 'STORY_POINTS', timeZone: 'UTC' },
          predictability: { __typename: 'Predictability', sprints: 5, predictability: 0.6 },
        },
      },
    });
    cache.writeQuery({
      query: Small,
      data: {
        board: {
          __typename: 'Board',
          id: 'b1',
          settings: { __typename: 'BoardSettings', timeZone: 'Europe/Berlin' },
          predictability: { __typename: 'Predictability', sprints: 5 },
        },
      },
    });
    expect(cache.readQuery({ query: Velocity })).toMatchObject({
      board: { settings: { estimationStatistic: 'STORY_POINTS', timeZone: 'Europe/Berlin' }, predictability: { sprints: 5, predictability: 0.6 } },
    });
  });

  test('a report’s end is final: a late step (another subscription) does not take it back to generating', () => {
    const cache = new InMemoryCache({ typePolicies });
    const ReportJob = gql`query Job { report(id: "r1") { id status progress } }`;
    const write = (status: string, progress: number) =>
      cache.writeQuery({ query: ReportJob, data: { report: { __typename: 'Report', id: 'r1', status, progress } } });
    write('RUNNING', 0.4);
    write('READY', 1);
    write('RUNNING', 0.7);
    expect(cache.readQuery({ query: ReportJob })).toMatchObject({ report: { status: 'READY' } });
  });
});
