import { readFileSync } from 'node:fs';
import { type CommandDefinition, type CommandType, commandDefinitions } from '@spoor/contracts';
import { parse } from 'csv-parse/sync';
import { useCases } from '../use-cases.js';
import { IDEA_BANK } from './idea-bank/idea-bank.data.js';
import { DEMO_PROCESS_ID, type DemoCommand, type DemoCommandOf, generateLeidenDemo, INVENTED_SOURCE, LEIDEN_DISTRICTS, summariseDemo } from './leiden-demo.js';
import { PLACES } from './leiden-places.data.js';
import { REFERENCE_CSV, resolveReferenceFile } from './reference-population.builder.js';

const demo = generateLeidenDemo();
const ofType = <T extends CommandType>(type: T, commands: readonly DemoCommand[] = demo): DemoCommandOf<T>[] =>
  commands.filter((c): c is DemoCommandOf<T> => c.type === type);
const instant = (c: DemoCommand): number => Date.parse(c.occurredAt);

const conversations = ofType('PlanConversation');
const held = ofType('RecordConversationHeld');
const ideas = ofType('RecordIdea');
const participants = ofType('RegisterParticipant');
const districtOfConversation = new Map(conversations.map((c) => [c.input.conversationId, c.input.districtCode]));
const districtOfParticipant = new Map(participants.map((p) => [p.input.participantId, p.input.districtCode]));
const finalText = new Map(ideas.map((i) => [i.input.ideaId, i.input.text]));
for (const r of ofType('ReviseIdeaText')) finalText.set(r.input.ideaId, r.input.text);

describe('the Leiden demo', () => {
  it('is the same for the same seed, and the default seed is 2017', () => {
    expect(generateLeidenDemo({ seed: 2017 })).toEqual(demo);
  });

  it('differs in texts and assignments for another seed, with the same stable ids', () => {
    const other = generateLeidenDemo({ seed: 42 });
    const texts = (cs: DemoCommand[]) => ofType('RecordIdea', cs).map((i) => i.input.text);
    const groups = (cs: DemoCommand[]) => ofType('RecordConversationHeld', cs).map((h) => h.input.participantIds.join());
    expect(texts(other)).not.toEqual(texts(demo));
    expect(groups(other)).not.toEqual(groups(demo));
    const ids = (cs: DemoCommand[]) => ofType('RegisterParticipant', cs).map((p) => p.input.participantId);
    expect(ids(other)).toEqual(ids(demo));
    expect(new Set(other.map((c) => c.commandId)).has('demo-register-participant-0750')).toBe(true);
    const ballots = (cs: DemoCommand[]) => ofType('CastBallot', cs).map((b) => b.input.votingCode);
    expect(ballots(other)).not.toEqual(ballots(demo));
    const themes = (cs: DemoCommand[]) => ofType('CreateTheme', cs).map((t) => t.input.themeId);
    expect(themes(other)).toEqual(themes(demo));
  });

  it('has inputs that all parse with their command schema, and unique commandIds', () => {
    for (const command of demo) {
      const definition: CommandDefinition = commandDefinitions[command.type];
      const result = definition.schema.safeParse(command.input);
      if (!result.success) throw new Error(`${command.commandId}: ${result.error.message}`);
    }
    expect(new Set(demo.map((c) => c.commandId)).size).toBe(demo.length);
  });

  it('starts a demo process in Leiden with all seven phases planned', () => {
    const [start] = ofType('StartProcess');
    expect(demo[0]).toBe(start);
    expect(start?.input).toMatchObject({ processId: DEMO_PROCESS_ID, city: 'Leiden', municipalityCode: 'GM0546', demo: true });
    expect(start?.input.description).toMatch(/demonstratiedata/);
    expect(start?.input.plannedPhases.map((p) => p.phase)).toEqual(['werving', 'gesprekken', 'bundeling', 'burgertop', 'werkgroepen', 'manifest', 'afgerond']);
    expect(ofType('StartPhase').map((p) => p.input.phase)).toEqual(['werving', 'gesprekken', 'bundeling', 'burgertop', 'werkgroepen', 'manifest', 'afgerond']);
    expect(demo.at(-1)?.commandId).toBe('demo-start-phase-afgerond');
  });

  it('records the real reference figures of the CSV, and marks every other figure invented', () => {
    const rows = parse(readFileSync(resolveReferenceFile(REFERENCE_CSV), 'utf8'), { columns: true }) as Record<string, string>[];
    const figures = ofType('RecordReferencePopulation')[0]?.input.figures ?? [];
    const real = figures.filter((f) => !f.invented);
    expect(real).toHaveLength(rows.length);
    for (const row of rows) {
      const district = row.dimension === 'district' ? row.band?.slice(0, 8) : undefined;
      const where = district ? { districtCode: district, dimension: 'total', band: 'all' } : { dimension: row.dimension, band: row.band };
      expect(real).toContainEqual(expect.objectContaining({ ...where, inhabitants: Number(row.inhabitants), source: row.source }));
    }
    const invented = figures.filter((f) => f.invented);
    expect(invented.length).toBeGreaterThan(0);
    for (const f of invented) expect(f.source).toBe(INVENTED_SOURCE);
    expect(real.find((f) => f.districtCode === 'WK054600')?.inhabitants).toBe(8595);

    const cityTotal = figures.find((f) => !f.districtCode && f.dimension === 'total')?.inhabitants;
    const districtTotals = figures.filter((f) => f.districtCode && f.dimension === 'total');
    expect(cityTotal).toBe(123753);
    expect(districtTotals.map((f) => f.districtCode).sort()).toEqual(LEIDEN_DISTRICTS.map((d) => d.code));
    expect(districtTotals.reduce((sum, f) => sum + f.inhabitants, 0)).toBe(123753);
    for (const { districtCode, inhabitants } of districtTotals) {
      const genders = figures.filter((f) => f.districtCode === districtCode && f.dimension === 'gender');
      expect(genders.map((g) => g.band).sort()).toEqual(['man', 'vrouw', 'x']);
      expect(genders.reduce((sum, g) => sum + g.inhabitants, 0)).toBe(inhabitants);
    }
  });

  it('has the ten real districts, 100 ambassadors spread over them and each hosting one conversation at home', () => {
    expect(LEIDEN_DISTRICTS.map((d) => d.code)).toEqual(Array.from({ length: 10 }, (_, i) => `WK05460${i}`));
    const ambassadors = ofType('RegisterAmbassador');
    expect(ambassadors).toHaveLength(100);
    for (const { code } of LEIDEN_DISTRICTS) expect(ambassadors.filter((a) => a.input.districtCode === code).length).toBeGreaterThanOrEqual(5);
    const trained = ofType('RecordAmbassadorTraining');
    expect(trained.length).toBeGreaterThanOrEqual(85);
    expect(new Set(trained.map((t) => t.input.trainedOn)).size).toBeGreaterThanOrEqual(3);
    expect(conversations).toHaveLength(100);
    expect(new Set(conversations.map((c) => c.input.ambassadorId)).size).toBe(100);
    const homeOf = new Map(ambassadors.map((a) => [a.input.ambassadorId, a.input.districtCode]));
    for (const c of conversations) expect(c.input.districtCode).toBe(homeOf.get(c.input.ambassadorId));
  });

  it('seats 750 participants, each in exactly one conversation of 7 or 8, mostly from its own district', () => {
    expect(participants).toHaveLength(750);
    const seated = held.flatMap((h) => h.input.participantIds);
    expect(seated).toHaveLength(750);
    expect(new Set(seated)).toEqual(new Set(participants.map((p) => p.input.participantId)));
    expect(held.filter((h) => h.input.participantIds.length === 7)).toHaveLength(50);
    expect(held.filter((h) => h.input.participantIds.length === 8)).toHaveLength(50);
    const local = held.flatMap((h) => h.input.participantIds.filter((p) => districtOfParticipant.get(p) === districtOfConversation.get(h.input.conversationId)));
    expect(local.length / 750).toBeGreaterThan(0.8);
  });

  it('has a plausible mix of participants: mostly adults, students well represented, consent for all', () => {
    const bands = participants.map((p) => p.input.ageBand);
    expect(bands.filter((b) => b === '0-17').length).toBeLessThanOrEqual(12);
    expect(bands.filter((b) => b === '18-26').length / 750).toBeGreaterThan(24539 / 123753);
    expect(bands.filter((b) => b === '75+').length / 750).toBeLessThan(7179 / 123753);
    const x = participants.filter((p) => p.input.gender === 'x').length;
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(40);
    const consents = ofType('RecordConsent');
    expect(consents.filter((c) => c.input.purpose === 'participation')).toHaveLength(750);
    const followUp = consents.filter((c) => c.input.purpose === 'follow-up-contact').map((c) => c.input.participantId);
    expect(followUp.length).toBeGreaterThan(375);
    const withdrawn = ofType('WithdrawConsent');
    expect(withdrawn.length).toBeGreaterThan(0);
    for (const w of withdrawn) expect(followUp).toContain(w.input.participantId);
  });

  it('registers 60 to 100 wildcards over the four categories', () => {
    const wildcards = ofType('RegisterWildcard');
    expect(wildcards.length).toBeGreaterThanOrEqual(60);
    expect(wildcards.length).toBeLessThanOrEqual(100);
    expect(new Set(wildcards.map((w) => w.input.category))).toEqual(new Set(['politician', 'official', 'entrepreneur', 'freethinker']));
  });

  it('records 1,400 to 1,600 ideas, 10 to 20 per conversation, all texts distinct and without placeholders', () => {
    expect(ideas.length).toBeGreaterThanOrEqual(1400);
    expect(ideas.length).toBeLessThanOrEqual(1600);
    for (const { input } of conversations) {
      const n = ideas.filter((i) => i.input.conversationId === input.conversationId).length;
      expect(n).toBeGreaterThanOrEqual(10);
      expect(n).toBeLessThanOrEqual(20);
    }
    const recorded = ideas.map((i) => i.input.text);
    expect(new Set(recorded).size).toBe(recorded.length);
    expect(new Set(finalText.values()).size).toBe(finalText.size);
    for (const text of [...recorded, ...finalText.values()]) {
      expect(text).not.toMatch(/[{}[\]]|lorem|\s{2}|\s[,.?]/i);
      expect(text).toMatch(/^[A-Z'].*[.?!]$/);
    }
    expect(new Set(ideas.map((i) => i.input.kind))).toEqual(new Set(['wish', 'need']));
    expect(Object.values(IDEA_BANK).flat().length).toBeGreaterThanOrEqual(400);
  });

  it('names neighbourhoods only in ideas from their own district', () => {
    for (const { code } of LEIDEN_DISTRICTS) {
      const own = new Set(PLACES[code].wijk);
      const foreign = LEIDEN_DISTRICTS.filter((d) => d.code !== code).flatMap((d) => PLACES[d.code].wijk.filter((w) => !own.has(w)));
      const pattern = new RegExp(`(^|\\s)(${foreign.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}-])`, 'iu');
      for (const idea of ideas.filter((i) => districtOfConversation.get(i.input.conversationId) === code)) expect(idea.input.text).not.toMatch(pattern);
    }
  });

  it('leans each district towards its own themes: tourism in the centre, play in the Merenwijk and the Stevenshof', () => {
    const share = (districts: string[], pattern: RegExp) => {
      const texts = ideas.filter((i) => districts.includes(districtOfConversation.get(i.input.conversationId) ?? '')).map((i) => i.input.text);
      return texts.filter((t) => pattern.test(t)).length / texts.length;
    };
    const tourism = /toerist|bezoekers|rondvaart|vakantieverhuur|horeca|terras|evenement/i;
    const play = /speel|speeltuin|kinderboerderij|zandbak|schoolplein/i;
    expect(share(['WK054600', 'WK054601'], tourism)).toBeGreaterThan(2 * share(['WK054608', 'WK054609'], tourism));
    expect(share(['WK054608', 'WK054609'], play)).toBeGreaterThan(2 * share(['WK054600', 'WK054601'], play));
  });

  it('revises a few ideas for typos and withdraws a few at the participant\'s request', () => {
    const revisions = ofType('ReviseIdeaText');
    expect(revisions.length).toBeGreaterThanOrEqual(3);
    for (const r of revisions) {
      const original = ideas.find((i) => i.input.ideaId === r.input.ideaId)?.input.text ?? '';
      expect(r.input.text).not.toBe(original);
      expect(Math.abs(r.input.text.length - original.length)).toBeLessThanOrEqual(1);
      expect(r.input.reason).toMatch(/fout/);
    }
    const withdrawals = ofType('WithdrawIdea');
    expect(withdrawals.length).toBeGreaterThanOrEqual(3);
    for (const w of withdrawals) expect(w.input.reason).toBe('participant-request');
  });

  it('keeps the order the ledger requires, and every entity\'s history in time order', () => {
    const position = new Map(demo.map((c, i) => [c.commandId, i]));
    const at = (commandId: string) => position.get(commandId) ?? -1;
    for (let i = 1; i < demo.length; i += 1) expect(instant(demo[i] as DemoCommand)).toBeGreaterThanOrEqual(instant(demo[i - 1] as DemoCommand));
    const registeredAt = new Map(demo.flatMap((c) => (c.type === 'RegisterParticipant' ? [[c.input.participantId, at(c.commandId)]] : [])));
    const ambassadorAt = new Map(ofType('RegisterAmbassador').map((a) => [a.input.ambassadorId, at(a.commandId)]));
    for (const plan of conversations) {
      const id = plan.input.conversationId;
      const heldCommand = held.find((h) => h.input.conversationId === id);
      const report = ofType('SubmitConversationReport').find((r) => r.input.conversationId === id);
      const own = ideas.filter((i) => i.input.conversationId === id).map((i) => at(i.commandId));
      expect(ambassadorAt.get(plan.input.ambassadorId)).toBeLessThan(at(plan.commandId));
      expect(at(plan.commandId)).toBeLessThan(at(heldCommand?.commandId ?? ''));
      for (const p of heldCommand?.input.participantIds ?? []) expect(registeredAt.get(p)).toBeLessThan(at(heldCommand?.commandId ?? ''));
      expect(Math.min(...own)).toBeGreaterThan(at(heldCommand?.commandId ?? ''));
      expect(Math.max(...own)).toBeLessThan(at(report?.commandId ?? ''));
      expect((report?.input.submittedOn ?? '') >= (heldCommand?.input.heldOn ?? '~')).toBe(true);
    }
    for (const c of [...ofType('ReviseIdeaText'), ...ofType('WithdrawIdea')]) {
      expect(at(c.commandId)).toBeGreaterThan(at(`demo-record-idea-${c.input.ideaId.slice(5)}`));
    }
    const entityOf = (c: DemoCommand): string => {
      const input = c.input as Record<string, unknown>;
      const key = ['ideaId', 'conversationId', 'participantId', 'ambassadorId', 'wildcardId', 'processId'].find((k) => typeof input[k] === 'string');
      return `${key}:${String(key ? input[key] : '')}`;
    };
    const last = new Map<string, number>();
    for (const c of demo) {
      expect(instant(c)).toBeGreaterThanOrEqual(last.get(entityOf(c)) ?? 0);
      last.set(entityOf(c), instant(c));
    }
  });

  it('holds the conversations on weekday evenings from September to November, in Amsterdam time', () => {
    const offset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' });
    for (const c of demo) {
      const expected = offset.formatToParts(new Date(c.occurredAt)).find((p) => p.type === 'timeZoneName')?.value.replace('GMT', '');
      expect(c.occurredAt.slice(-6)).toBe(expected);
    }
    for (const h of held) {
      expect(h.input.heldOn >= '2017-09-11' && h.input.heldOn <= '2017-11-30').toBe(true);
      const local = new Date(`${h.input.heldOn}T12:00:00Z`).getUTCDay();
      expect(local).toBeGreaterThanOrEqual(1);
      expect(local).toBeLessThanOrEqual(5);
      expect(Number(h.occurredAt.slice(11, 13))).toBeGreaterThanOrEqual(18);
      expect(h.occurredAt.slice(-6)).toBe(h.input.heldOn < '2017-10-29' ? '+02:00' : '+01:00');
    }
    expect(new Set(held.map((h) => new Date(`${h.input.heldOn}T12:00:00Z`).getUTCDay())).size).toBeGreaterThanOrEqual(4);
  });

  it('names who issues each command, with a role its use case accepts and the scope of their token', () => {
    const expectedRole: Partial<Record<CommandType, DemoCommand['actor']['role']>> = {
      ...Object.fromEntries(['PlanConversation', 'RecordConversationHeld', 'RecordIdea', 'ReviseIdeaText', 'SubmitConversationReport'].map((t) => [t, 'ambassador'])),
      ...Object.fromEntries(['CreateTheme', 'ReviseTheme', 'LinkIdeaToTheme', 'UnlinkIdeaFromTheme', 'MergeThemes', 'SplitTheme'].map((t) => [t, 'moderator'])),
      ...Object.fromEntries(['RecordTableDiscussion'].map((t) => [t, 'facilitator'])),
      ...Object.fromEntries(['JoinWorkingGroup', 'RecordWorkingGroupMeeting', 'DraftProposal', 'ReviseProposal', 'SubmitProposal'].map((t) => [t, 'secretary'])),
    };
    const hostOf = new Map(conversations.map((c) => [c.input.conversationId, c.input.ambassadorId]));
    const conversationOfIdea = new Map(ideas.map((i) => [i.input.ideaId, i.input.conversationId]));
    const groupOfProposal = new Map(ofType('DraftProposal').map((d) => [d.input.proposalId, d.input.workingGroupId]));
    for (const command of demo) {
      const { actor } = command;
      expect(useCases[command.type].roles).toContain(actor.role);
      // Ballots come from voters on tablets or from paper, entered by facilitators: the same path.
      if (command.type === 'CastBallot') expect(['voter', 'facilitator']).toContain(actor.role);
      else expect([command.commandId, actor.role]).toEqual([command.commandId, expectedRole[command.type] ?? 'organiser']);
      const input = command.input as { conversationId?: string; ideaId?: string; workingGroupId?: string; proposalId?: string };
      if (actor.role === 'ambassador') expect(hostOf.get(input.conversationId ?? conversationOfIdea.get(input.ideaId ?? '') ?? '')).toBe(actor.ambassadorId);
      if (actor.role === 'secretary') expect(input.workingGroupId ?? groupOfProposal.get(input.proposalId ?? '')).toBe(actor.workingGroupId);
    }
  });

  it('summarises the commands per type', () => {
    const summary = summariseDemo(demo);
    expect(summary).toMatchObject({ StartProcess: 1, StartPhase: 7, RegisterAmbassador: 100, RegisterParticipant: 750, PlanConversation: 100, RecordIdea: ideas.length });
    expect(Object.keys(summary).sort()).toEqual(Object.keys(commandDefinitions).sort());
    expect(Object.values(summary).reduce((a, b) => a + (b ?? 0), 0)).toBe(demo.length);
  });
});
