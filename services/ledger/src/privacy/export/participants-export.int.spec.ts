import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Ledger, startLedger } from '../../shared/testing/ledger-harness.js';
import type { ExportRow } from './export-rows.js';
import { exportsLogPathOf, readExportLog } from './exports-log.js';
import { ExportRefusedError, exportParticipants, personalDataWarning } from './participants-export.command.js';

const RESULT = 'commandId';
const MARIEKE = { name: 'Marieke de Vries', email: 'marieke@example.org', phone: '+31 6 1234 5678', birthYear: 1961, address: 'Breestraat 1, Leiden', notes: '=HYPERLINK("http://evil") belt liever' };
const AHMED = { name: 'Ahmed El Amrani', email: 'ahmed@example.org', birthYear: 1990 };
const SANNE = { name: 'Sanne Bakker', email: 'sanne@example.org', phone: '071 123 4567' };

describe('spoor participants export', () => {
  let ledger: Ledger;
  let organiser: string;
  const out = (name: string) => join(ledger.dataDir, name);
  const run = async (name: string, input: Record<string, unknown>) => {
    const type = `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
    const res = await ledger.gql(`mutation($input: ${type}!) { ${name}(input: $input) { ${RESULT} } }`, { input }, organiser);
    expect({ name, errors: res.errors }).toEqual({ name, errors: undefined });
  };
  const register = (participantId: string, personal?: Record<string, unknown>, otherBands: Record<string, string> = {}) =>
    run('registerParticipant', { commandId: `c-${participantId}`, participantId, processId: 'leiden', districtCode: 'WK054603', ageBand: '55-64', gender: 'vrouw', otherBands, ...(personal ? { personal } : {}) });
  const consent = (participantId: string, purpose: string) => run('recordConsent', { commandId: `c-${participantId}-${purpose}`, participantId, purpose, consentVersion: '2017-09' });
  const exportJson = async (file: string): Promise<ExportRow[]> => {
    await exportParticipants(ledger.app, { role: 'organiser', token: organiser, out: out(file), format: 'json' });
    return JSON.parse(readFileSync(out(file), 'utf8')) as ExportRow[];
  };

  beforeAll(async () => {
    ledger = await startLedger();
    organiser = ledger.token('organiser');
    await run('startProcess', { commandId: 'c-start', processId: 'leiden', title: 'Agenda voor Leiden', city: 'Leiden', municipalityCode: 'GM0546', description: 'Test', plannedPhases: [{ phase: 'werving' }] });
    await register('p-1', MARIEKE, { opleiding: 'hbo' });
    await register('p-2', AHMED);
    await register('p-3', SANNE);
    await register('p-4');
    for (const id of ['p-1', 'p-2', 'p-3', 'p-4']) await consent(id, 'participation');
    await consent('p-1', 'follow-up-contact');
    await consent('p-2', 'follow-up-contact');
    await run('withdrawConsent', { commandId: 'c-p-2-withdraw', participantId: 'p-2', purpose: 'follow-up-contact' });
  }, 60_000);

  afterAll(() => ledger.close());

  it('gives an organiser every participant with bands, consents and the personal data the vault opens', async () => {
    const rows = await exportJson('export-1.json');
    expect(rows.map((r) => [r.participantId, r.status])).toEqual([
      ['p-1', 'gegevens aanwezig'],
      ['p-2', 'gegevens aanwezig'],
      ['p-3', 'gegevens aanwezig'],
      ['p-4', 'geen gegevens'],
    ]);
    expect(rows[0]).toEqual({
      participantId: 'p-1',
      processId: 'leiden',
      district: 'WK054603',
      ageBand: '55-64',
      gender: 'vrouw',
      otherBands: { opleiding: 'hbo' },
      status: 'gegevens aanwezig',
      personal: { ...MARIEKE, birthYear: '1961' },
      consent: { participation: true, 'follow-up-contact': true, research: false },
    });
    // consent withdrawn is no consent: the organiser must not contact p-2 again
    expect(rows[1]?.consent).toEqual({ participation: true, 'follow-up-contact': false, research: false });
    expect(statSync(out('export-1.json')).mode & 0o777).toBe(0o600);
  });

  it('records every export in exports.log (0600): time, actor, rows; never personal data', async () => {
    const before = readExportLog(ledger.dataDir).length;
    await exportJson('export-2.json');
    const lines = readExportLog(ledger.dataDir).slice(before);
    expect(lines.map((l) => l.outcome)).toEqual(['started', 'written']);
    expect(lines[0]).toMatchObject({ actorId: expect.stringMatching(/^actor-[0-9a-f]{12}$/), role: 'organiser', rows: 4, erased: 0, format: 'json', destination: out('export-2.json') });
    expect(Date.parse(lines[0]?.at ?? '')).not.toBeNaN();
    expect(statSync(exportsLogPathOf(ledger.dataDir)).mode & 0o777).toBe(0o600);
    const log = readFileSync(exportsLogPathOf(ledger.dataDir), 'utf8');
    for (const secret of [MARIEKE.name, MARIEKE.email, AHMED.email, SANNE.phone]) expect(log).not.toContain(secret);
  });

  it('shows an erased participant as "gegevens gewist", with no data, once EraseParticipantData is recorded', async () => {
    await run('eraseParticipantData', { commandId: 'c-erase-p-3', participantId: 'p-3', reason: 'participant-request', erasedOn: '2017-11-02' });
    const rows = await exportJson('export-3.json');
    const sanne = rows.find((r) => r.participantId === 'p-3');
    expect(sanne).toMatchObject({ status: 'gegevens gewist', personal: {}, district: 'WK054603', consent: { participation: true } });
    expect(readFileSync(out('export-3.json'), 'utf8')).not.toContain('Sanne');
    expect(rows.find((r) => r.participantId === 'p-1')?.personal.name).toBe(MARIEKE.name);
    expect(readExportLog(ledger.dataDir).at(-1)).toMatchObject({ rows: 4, erased: 1 });
  });

  it('writes CSV for Excel: BOM, ";", Dutch headers, ja/nee, and no cell a spreadsheet would run as a formula', async () => {
    await exportParticipants(ledger.app, { role: 'organiser', token: organiser, out: out('export.csv'), consent: 'follow-up-contact' });
    const csv = readFileSync(out('export.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFdeelnemer;proces;wijk;leeftijd;geslacht;kenmerk opleiding;status;naam;e-mail;telefoon;geboortejaar;adres;notities;toestemming deelname;toestemming vervolgcontact;toestemming onderzoek\r\n')).toBe(true);
    const lines = csv.trim().split('\r\n');
    // only those who consent to follow-up contact now: p-1 (p-2 withdrew)
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(`p-1;leiden;WK054603;55-64;vrouw;hbo;gegevens aanwezig;Marieke de Vries;marieke@example.org;+31 6 1234 5678;1961;Breestraat 1, Leiden;"'=HYPERLINK(""http://evil"") belt liever";ja;ja;nee`);
  });

  it('exports one participant for a request for access, and logs which', async () => {
    const result = await exportParticipants(ledger.app, { role: 'organiser', token: organiser, format: 'json', participant: 'p-2' });
    expect((JSON.parse(result.content ?? '[]') as ExportRow[]).map((r) => [r.participantId, r.personal.name])).toEqual([['p-2', AHMED.name]]);
    expect(readExportLog(ledger.dataDir).at(-1)).toMatchObject({ rows: 1, participantId: 'p-2' });
  });

  it('can write to standard output instead, and says the output holds personal data', async () => {
    const result = await exportParticipants(ledger.app, { role: 'organiser', token: organiser, format: 'json' });
    expect(result.out).toBeNull();
    expect(JSON.parse(result.content ?? '[]')).toHaveLength(4);
    expect(personalDataWarning(result)).toMatch(/^Let op: .* bevat persoonsgegevens van 4 deelnemers \(1 gewist\)[^]*Warning: .* holds personal data of 4 participants/);
    expect(readExportLog(ledger.dataDir).at(-1)).toMatchObject({ destination: 'stdout', outcome: 'started' });
  });

  it('refuses anyone but an organiser, and a file that exists, and then reads and logs nothing', async () => {
    const before = readExportLog(ledger.dataDir).length;
    const refused = (options: Parameters<typeof exportParticipants>[1]) => expect(exportParticipants(ledger.app, options)).rejects.toThrow(ExportRefusedError);
    await expect(exportParticipants(ledger.app, { role: 'organiser', token: ledger.token('ambassador', 'amb-1'), out: out('x.csv') })).rejects.toThrow(
      "the token's role is ambassador; only an organiser's token may export personal data",
    );
    await expect(exportParticipants(ledger.app, { role: 'moderator', token: organiser })).rejects.toThrow(/only organisers may export personal data; give --role organiser \(asked for: moderator\)/);
    await refused({ role: 'organiser', token: ledger.token('moderator') });
    await refused({ role: 'organiser' });
    await refused({ role: 'organiser', token: 'spoor_not-a-token' });
    await refused({ role: 'organiser', token: organiser, format: 'xlsx' });
    writeFileSync(out('taken.csv'), 'someone else’s file');
    await expect(exportParticipants(ledger.app, { role: 'organiser', token: organiser, out: out('taken.csv') })).rejects.toThrow(/exists already/);
    expect(readFileSync(out('taken.csv'), 'utf8')).toBe('someone else’s file');
    expect(existsSync(out('x.csv'))).toBe(false);
    expect(readExportLog(ledger.dataDir)).toHaveLength(before);
  });
});
