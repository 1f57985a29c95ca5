import { describe, expect, test } from 'vitest';
import { compileJql, jiraDate, JqlError, runJql, type JiraSite } from '../src/index.ts';
import { smallSite } from './helpers.ts';

/** The site with three issues' `updated` set around a minute boundary. */
function siteAt(timeZone: string): JiraSite {
  const site = smallSite({ timeZone });
  const [a, b, c] = site.issues.filter((i) => i.key.startsWith('BOR-'));
  a.fields.updated = jiraDate(Date.parse('2026-03-02T08:59:59.999Z'));
  b.fields.updated = jiraDate(Date.parse('2026-03-02T09:00:00.000Z'));
  c.fields.updated = jiraDate(Date.parse('2026-03-02T09:00:30.000Z'));
  for (const i of site.issues.filter((x) => x.key.startsWith('BOR-')).slice(3)) i.fields.updated = jiraDate(Date.parse('2026-01-01T00:00:00.000Z'));
  return site;
}

const keys = (site: JiraSite, jql: string) => runJql(site, jql).map((i) => i.key);

describe('updated >= in the site time zone', () => {
  test('both JIRA date formats are wall-clock times of the user’s zone, to the minute', () => {
    const berlin = siteAt('Europe/Berlin'); // 09:00Z is 10:00 in Berlin (CET)
    for (const q of ['project = BOR AND updated >= "2026/03/02 10:00" ORDER BY key ASC', "project = BOR AND updated >= '2026-03-02 10:00' ORDER BY key ASC"]) {
      expect(keys(berlin, q)).toEqual(['BOR-2', 'BOR-3']);
    }
    expect(keys(berlin, 'project = BOR AND updated >= "2026/03/02 09:59" ORDER BY key ASC')).toEqual(['BOR-1', 'BOR-2', 'BOR-3']);
    // `>` is after the minute's first instant: 10:00:00.000 itself is not after it.
    expect(keys(berlin, 'project = BOR AND updated > "2026/03/02 10:00" ORDER BY key ASC')).toEqual(['BOR-3']);
    const tokyo = siteAt('Asia/Tokyo'); // 09:00Z is 18:00 in Tokyo
    expect(keys(tokyo, 'project = BOR AND updated >= "2026/03/02 18:00" ORDER BY key ASC')).toEqual(['BOR-2', 'BOR-3']);
    expect(keys(tokyo, 'project = BOR AND updated >= "2026/03/02 10:00" ORDER BY key ASC')).toEqual(['BOR-1', 'BOR-2', 'BOR-3']);
  });

  test('daylight saving time is the zone’s, not a fixed offset', () => {
    const site = smallSite({ timeZone: 'Europe/Berlin' });
    const issue = site.issues.find((i) => i.key === 'BOR-1')!;
    issue.fields.updated = jiraDate(Date.parse('2026-07-01T08:00:00.000Z')); // 10:00 CEST
    expect(keys(site, 'key = BOR-1 AND updated >= "2026/07/01 10:00"')).toEqual(['BOR-1']);
    expect(keys(site, 'key = BOR-1 AND updated >= "2026/07/01 10:01"')).toEqual([]);
  });

  test('real +0800 dates of the fixtures compare as instants', () => {
    const site = smallSite({ timeZone: 'Asia/Shanghai' });
    const issue = site.issues.find((i) => i.key === 'BOR-1')!;
    issue.fields.updated = '2021-03-28T16:06:08.713+0800';
    expect(keys(site, 'key = BOR-1 AND updated >= "2021/03/28 16:06"')).toEqual(['BOR-1']);
    expect(keys(site, 'key = BOR-1 AND updated >= "2021/03/28 16:07"')).toEqual([]);
  });
});

describe('the supported subset', () => {
  const site = smallSite();
  test('filter, project, key and id clauses; ORDER BY created, key and Rank', () => {
    const board2 = site.issues.filter((i) => i.boardIds.includes(2));
    expect(runJql(site, 'filter = 10002')).toHaveLength(board2.length);
    expect(keys(site, 'project in (ATL, BOR) AND key in (BOR-2, ATL-1, BOR-10) ORDER BY key ASC')).toEqual(['ATL-1', 'BOR-2', 'BOR-10']);
    expect(keys(site, `id in (${site.issues[0].id}, ${site.issues[1].id}) ORDER BY key DESC`)).toEqual([site.issues[1].key, site.issues[0].key]);
    const byCreated = runJql(site, 'project = ATL ORDER BY created ASC').map((i) => Date.parse(String(i.fields.created).replace('+0000', 'Z')));
    expect(byCreated).toEqual([...byCreated].sort((a, b) => a - b));
    const byRank = runJql(site, 'project = ATL ORDER BY Rank ASC').map((i) => String(i.fields.customfield_10019));
    expect(byRank).toEqual([...byRank].sort());
  });

  test('deleted issues never match, and their keys are unknown to JQL', () => {
    const s = smallSite();
    const issue = s.issues.find((i) => i.key === 'ATL-5')!;
    issue.deleted = true;
    expect(keys(s, 'project = ATL')).not.toContain('ATL-5');
    expect(() => runJql(s, 'key = ATL-5')).toThrow("An issue with key 'ATL-5' does not exist for field 'key'.");
  });

  test('anything else is a JQL error', () => {
    for (const q of [
      'status = Done',
      'project = ATL OR project = BOR',
      'project = NOPE',
      'updated >= "yesterday"',
      'project = ATL ORDER BY summary',
      'project in (ATL',
      'project = "ATL',
    ]) {
      expect(() => compileJql(q, site), q).toThrow(JqlError);
    }
  });
});
