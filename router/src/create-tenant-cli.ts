/**
 * `npm run create-tenant -- --name <organisation> --admin-email <email> [--slug <slug>]
 * [--admin-name <name>] [--password-stdin]`: creates an organisation and its first admin over the
 * database `npm start` uses (DATABASE_URL, else PGlite in DATA_DIR, which only one process may open:
 * stop `npm start` first). Where sign-up is closed (SIGNUP_MODE invite or sso, the default outside
 * the demo) this is how an operator creates the first organisation, and any other. The admin then
 * signs in with `login` and brings the rest in (createUser, setOidcProvider).
 *
 * The admin's password is read from stdin with --password-stdin (scripts, secret stores), else a
 * random one is generated and printed once, here and nowhere else (not logged). Exit code 0 when
 * created, 1 when refused (a taken slug, an invalid email or password), 2 for usage errors.
 */
import { randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { closeRuntime } from '@sprint-reports/core';
import { createOrganisation } from '@sprint-reports/users';
import { openCliRuntime, parseCliOptions, usageError } from './cli-runtime.ts';

const USAGE = `Usage: npm run create-tenant -- --name <organisation> --admin-email <email> [options]
  --slug S          the organisation's short name, given at sign-in when an email has accounts in several (default: from --name)
  --admin-name N    the admin's display name (default: the part of the email before @)
  --password-stdin  read the admin's password from stdin (default: generate one and print it once)`;

function usage(message: string): never {
  return usageError(message, USAGE);
}

const values = parseCliOptions(
  {
    name: { type: 'string' },
    slug: { type: 'string' },
    'admin-email': { type: 'string' },
    'admin-name': { type: 'string' },
    'password-stdin': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  USAGE,
);
if (values.help) usage('Creates an organisation and its first admin.');
if (!values.name) usage('Give the organisation its name: --name');
if (!values['admin-email']) usage("Give the admin's email: --admin-email");

/** stdin without the line end a shell or `echo` adds. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const email = values['admin-email'];
const generated = !values['password-stdin'];
const password = generated ? randomBytes(18).toString('base64url') : await readStdin();
const { database, runtime } = await openCliRuntime();
let code = 0;
try {
  const created = await createOrganisation(runtime, {
    tenantName: values.name,
    tenantSlug: values.slug ?? null,
    email,
    password,
    displayName: values['admin-name'] ?? email.split('@')[0],
  });
  console.log(
    `Created the organisation "${values.name}" (slug ${created.slug}, id ${created.tenantId}) and its admin ${created.email} (id ${created.userId}).`,
  );
  if (generated) console.log(`The admin's password, shown this once: ${password}`);
  console.log(`They sign in with login(email: "${created.email}", password: …, tenant: "${created.slug}").`);
} catch (err) {
  // A refusal (BAD_USER_INPUT) is the operator's to fix; anything else is a failure.
  console.error(err instanceof GraphQLError ? `Refused: ${err.message}` : `Failed: ${(err as Error).message}`);
  code = 1;
} finally {
  await closeRuntime(runtime);
  await database.close();
}
process.exit(code);
