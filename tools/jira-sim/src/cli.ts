/**
 * Runs a simulated JIRA until SIGINT/SIGTERM:
 *   npm run jira-sim -- --flavor cloud|server --issues 1000 --seed 1 --port 4010 --latency 0 [--fixtures <dir>] [--time-zone Europe/Berlin]
 */
import { parseArgs } from 'node:util';
import { siteFromDevlakeFixtures } from './from-fixtures.ts';
import { largeSite } from './large.ts';
import { DEFAULT_CLOUD_AUTH, DEFAULT_SERVER_AUTH, startJiraSim } from './server.ts';
import { isValidTimeZone } from './tz.ts';

const { values } = parseArgs({
  options: {
    flavor: { type: 'string', default: 'cloud' },
    issues: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    latency: { type: 'string', default: '0' },
    fixtures: { type: 'string' },
    'time-zone': { type: 'string' },
  },
});

const flavor = values.flavor.toUpperCase();
if (flavor !== 'CLOUD' && flavor !== 'SERVER') throw new Error(`--flavor must be cloud or server, not ${values.flavor}`);
const timeZone = values['time-zone'];
if (timeZone && !isValidTimeZone(timeZone)) throw new Error(`--time-zone ${timeZone} is not an IANA time zone`);

const site = values.fixtures ? siteFromDevlakeFixtures(values.fixtures) : largeSite({ issues: Number(values.issues), seed: Number(values.seed), timeZone });
const sim = await startJiraSim({ site, flavor, port: Number(values.port), host: values.host, latencyMs: Number(values.latency) });

const auth =
  flavor === 'CLOUD'
    ? `email ${DEFAULT_CLOUD_AUTH.email}, API token ${DEFAULT_CLOUD_AUTH.apiToken} (basic auth)`
    : `personal access token ${DEFAULT_SERVER_AUTH.pat} (Authorization: Bearer)`;
console.log(`JIRA ${flavor === 'CLOUD' ? 'Cloud' : 'Server/DC'} simulator at ${sim.url}`);
console.log(`  credentials: ${auth}`);
console.log(
  `  site: ${site.issues.length} issues, ${site.sprints.length} sprints, boards ${site.boards.map((b) => `${b.id} (${b.projectKey}, filter ${b.filterId})`).join(', ')}; time zone ${site.timeZone}`,
);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping`);
  sim.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
