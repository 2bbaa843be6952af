import 'reflect-metadata';
import { Command, Option } from 'commander';
import { ConfigError, loadConfig } from '../config/config.js';
import { TokenRoleSchema, TokenStore } from '../auth/token-store.js';
import { terminalProgress } from './progress.js';

const program = new Command('spoor').description('Spoor: the participation ledger (serve, tokens, demo data, CSV import)').showHelpAfterError();

const fail = (message: string): never => {
  process.stderr.write(`spoor: ${message}\n`);
  process.exit(1);
};

const config = () => {
  try {
    return loadConfig();
  } catch (error) {
    return fail(error instanceof ConfigError ? error.message : String(error));
  }
};

program
  .command('serve')
  .description('start the ledger: GraphQL API at http://HOST:PORT/graphql, /healthz and /readyz')
  .option('--demo', 'load the Leiden demo data first (refused when the store holds real data)')
  .action(async (opts: { demo?: boolean }) => {
    const { startServer } = await import('../server.js');
    const c = config();
    await startServer(c, { demo: opts.demo ? terminalProgress() : undefined });
    process.stderr.write(`Spoor ledger listening on http://${c.host}:${c.port}/graphql (store: ${c.storeUrl.replace(/\/\/[^@/]*@/, '//***@')})\n`);
  });

program
  .command('demo')
  .description('load the Leiden demo data into the configured store (refused when it holds real data)')
  .action(async () => {
    const { runDemo } = await import('./demo.command.js');
    await runDemo(config(), terminalProgress());
  });

const importCommand = program
  .command('import')
  .description('import a CSV export, participants first, then conversations (docs/import.md); all rows or none, a re-import adds nothing twice');

interface ImportOpts {
  process?: string;
  dryRun?: boolean;
  keepOpen?: boolean;
  token?: string;
  consentVersion?: string;
}

const importSubcommand = (kind: 'participants' | 'conversations', what: string) =>
  importCommand
    .command(`${kind} <file>`)
    .description(`import ${what}; exit code 2 when rows have problems (then nothing is written)`)
    .option('--process <id>', 'the process to import into (default: the only process in the store)')
    .option('--dry-run', 'check the file and report, write nothing')
    .option('--token <token>', 'act as this token holder: organiser, or ambassador for their own conversations (default: $SPOOR_TOKEN, else the ledger itself)')
    .action(async (file: string, opts: ImportOpts) => {
      const { runImportCommand } = await import('../import/import.command.js');
      process.exitCode = await runImportCommand(kind, file, { ...opts, token: opts.token ?? process.env['SPOOR_TOKEN'] }, config(), terminalProgress());
    });

importSubcommand('participants', 'participants, one row each: deelnemer, wijk, leeftijd, geslacht, toestemming').option(
  '--consent-version <version>',
  'consent text version recorded for toestemming=ja',
  'import',
);
importSubcommand('conversations', 'living-room conversations, one row per idea: gesprek, datum, wijk, gastheer, idee, soort, deelnemers').option(
  '--keep-open',
  'do not submit the conversation reports (more ideas may follow)',
);

program
  .command('projections')
  .description('read models')
  .command('rebuild')
  .description('rebuild every read model from the whole log, with progress (stop the service first)')
  .action(async () => {
    const { openEventStore } = await import('../store/open-event-store.js');
    const { rebuildProjections } = await import('../read-model/rebuild.js');
    const c = config();
    const store = openEventStore(c);
    try {
      const { events, failures } = await rebuildProjections(store, c.dataDir, terminalProgress());
      process.stderr.write(`Rebuilt the read models from ${events} events${failures ? `; ${failures} events could not be projected (see above)` : ''}\n`);
      if (failures) process.exitCode = 1;
    } finally {
      await store.close();
    }
  });

const token = program.command('token').description('manage bearer tokens');

token
  .command('create')
  .description('create a token; it is shown once, only its hash is stored')
  .addOption(new Option('--role <role>', 'the role the token carries').choices(TokenRoleSchema.options).makeOptionMandatory())
  .requiredOption('--name <name>', 'who holds it, for your own overview (never written to events)')
  .option('--ambassador <ambassadorId>', 'for --role ambassador: the ambassador the token acts as')
  .option('--working-group <workingGroupId>', 'for --role secretary: the working group whose proposals they write')
  .action((opts: { role: (typeof TokenRoleSchema.options)[number]; name: string; ambassador?: string; workingGroup?: string }) => {
    const store = new TokenStore(config().dataDir);
    try {
      const { token: secret, info } = store.create({ name: opts.name, role: opts.role, ambassadorId: opts.ambassador, workingGroupId: opts.workingGroup });
      const scope = info.ambassadorId ?? info.workingGroupId;
      process.stderr.write(`Created token ${info.id} (${info.role}${scope ? ` for ${scope}` : ''}) for "${info.name}", actor ${info.actorId}.\nSend it as "Authorization: Bearer <token>". It is shown only now:\n`);
      process.stdout.write(`${secret}\n`);
    } catch (error) {
      fail((error as Error).message);
    } finally {
      store.close();
    }
  });

token
  .command('list')
  .description('list tokens (never the secrets)')
  .action(() => {
    const store = new TokenStore(config().dataDir);
    for (const t of store.list()) {
      process.stdout.write(`${t.id}\t${t.role}\t${t.ambassadorId ?? t.workingGroupId ?? '-'}\t${t.revokedAt ? `revoked ${t.revokedAt}` : 'active'}\t${t.name}\n`);
    }
    store.close();
  });

token
  .command('revoke <id>')
  .description('revoke a token by its id')
  .action((id: string) => {
    const store = new TokenStore(config().dataDir);
    const done = store.revoke(id);
    store.close();
    if (!done) fail(`no active token with id ${id}`);
    process.stderr.write(`Token ${id} revoked\n`);
  });

program.parseAsync().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
