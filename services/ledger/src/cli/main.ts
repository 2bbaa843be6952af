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
  .option('--portal [port]', 'also publish the ledger into <data dir>/publication and serve the portal (default port 4321)')
  .action(async (opts: { demo?: boolean; portal?: boolean | string }) => {
    const { startServer } = await import('../server.js');
    const c = config();
    await startServer(c, { demo: opts.demo ? terminalProgress() : undefined });
    process.stderr.write(`Spoor ledger listening on http://${c.host}:${c.port}/graphql (store: ${c.storeUrl.replace(/\/\/[^@/]*@/, '//***@')})\n`);
    if (opts.portal !== undefined) {
      const { startPortalPreview } = await import('../publish/portal-preview.js');
      const preview = await startPortalPreview(c, opts.portal === true ? 4321 : Number(opts.portal), terminalProgress());
      process.once('exit', () => preview.stop());
      process.stderr.write(`Portaal / portal: ${preview.url} (published to ${preview.dir}; run \`npx spoor publish\` for a fresh one)\n`);
    }
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
  .command('publish')
  .description('write everything public into one folder: signed log, receipts, snapshot, open data and the portal (docs/publication.md)')
  .requiredOption('--out <dir>', 'the folder to publish into (log/, receipts/, data/, open-data/, site/)')
  .option('--no-portal', 'leave out the portal build (site/)')
  .option('--site <url>', 'the public origin of the portal, for canonical links')
  .action(async (opts: { out: string; portal: boolean; site?: string }) => {
    const { publish } = await import('../publish/publish.command.js');
    const result = await publish(config(), opts, terminalProgress());
    if (result.mismatches > 0) process.exitCode = 3;
  });

program
  .command('voting-codes')
  .description('one-time voting codes for the summit badges (docs/secret-ballot.md)')
  .command('issue')
  .description('make codes, write them to a file for the printer, and give the ledger only their hashes')
  .requiredOption('--count <n>', 'how many codes (one per badge)', (v) => Number(v))
  .requiredOption('--out <file>', 'where to write the codes (created 0600; never overwritten)')
  .option('--process <id>', 'the process (default: the only process in the store)')
  .option('--token <token>', 'act as this organiser token (default: $SPOOR_TOKEN, else the ledger itself)')
  .action(async (opts: { count: number; out: string; process?: string; token?: string }) => {
    const { runVotingCodesCommand } = await import('../summit/ballot-box/voting-codes.command.js');
    process.exitCode = await runVotingCodesCommand({ ...opts, token: opts.token ?? process.env['SPOOR_TOKEN'] }, config());
  });

program
  .command('tally <dir>')
  .description(
    'recount the summit vote of a published record from its anonymous ballots, by the method declared when voting opened; exit 0 when it equals the declared result, 1 naming the first difference, 2 when DIR holds no closed vote (docs/voting.md)',
  )
  .action(async (dir: string) => {
    const { runTallyCommand } = await import('../summit/tally-command/tally.command.js');
    process.exitCode = await runTallyCommand(dir);
  });

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

program
  .command('participants')
  .description("participants' personal data (organisers only; docs/privacy.md)")
  .command('export')
  .description('write every participant with bands, consents and the personal data the vault opens; erased people show as "gegevens gewist"; recorded in exports.log')
  .requiredOption('--role <role>', 'the role you act in: only organiser may export')
  .option('--out <file>', 'write to this new file (created 0600, never overwritten); default: standard output')
  .addOption(new Option('--format <format>', 'csv (Excel, ;-separated, UTF-8) or json').choices(['csv', 'json']).default('csv'))
  .option('--process <id>', 'only this process')
  .option('--consent <purpose>', 'only participants who gave this consent: participation, follow-up-contact or research')
  .option('--participant <id>', 'only this participant (e.g. to answer a request for access)')
  .option('--token <token>', "an organiser's token (default: $SPOOR_TOKEN)")
  .action(async (opts: { role: string; out?: string; format: string; process?: string; consent?: string; participant?: string; token?: string }) => {
    const { runParticipantsExport } = await import('../privacy/export/participants-export.command.js');
    process.exitCode = await runParticipantsExport({ ...opts, token: opts.token ?? process.env['SPOOR_TOKEN'] }, config());
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

program
  .command('verify <source>')
  .description('check a published record (a folder or an http(s) URL) without trusting its publisher; exit 0 verified, 1 mismatch, 2 usage (docs/integrity.md)')
  .option('--key <key>', "pin the log's verifier key string (name+keyid+base64), as announced by the organisers")
  .option('--key-file <file>', 'read the key string to pin from a file')
  .option('--state <dir>', 'where the last accepted checkpoint per log is kept (default: ~/.local/state/spoor-verify)')
  .option('--no-state', 'keep no state: do not compare with checkpoints seen before')
  .option('--json', 'print the report as JSON')
  .action(async (source: string, opts: { key?: string; keyFile?: string; state?: string | false; json?: boolean }) => {
    const { runVerifyCli } = await import('@spoor/verify');
    const flags = [
      ...(opts.key ? ['--key', opts.key] : []),
      ...(opts.keyFile ? ['--key-file', opts.keyFile] : []),
      ...(opts.state === false ? ['--no-state'] : opts.state ? ['--state', opts.state] : []),
      ...(opts.json ? ['--json'] : []),
    ];
    process.exitCode = await runVerifyCli([source, ...flags]);
  });

program
  .command('checkpoint')
  .description('sign a checkpoint of the transparency log as it is now (unless the latest covers it) and print it')
  .action(async () => {
    const { runCheckpointCommand } = await import('../integrity/checkpoint.command.js');
    process.exitCode = await runCheckpointCommand(config());
  });

program.parseAsync().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
