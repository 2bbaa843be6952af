import { demo, finalIdeaText, ofType, positionOf, retiredThemes, themeMembers } from './demo-spec.fixtures.js';

const created = ofType('CreateTheme');
const links = ofType('LinkIdeaToTheme');
const unlinks = ofType('UnlinkIdeaFromTheme');
const merges = ofType('MergeThemes');
const splits = ofType('SplitTheme');
const withdrawn = new Set(ofType('WithdrawIdea').map((w) => w.input.ideaId));
const titleOf = new Map(created.map((t) => [t.input.themeId, t.input.title]));
for (const s of splits) for (const p of s.input.parts) titleOf.set(p.themeId, p.title);

describe('bundling in the Leiden demo', () => {
  it('happens in December 2017, by moderators, after the bundling phase started', () => {
    const start = positionOf('demo-start-phase-bundeling');
    for (const c of [...created, ...links, ...unlinks, ...merges, ...splits, ...ofType('ReviseTheme')]) {
      expect(c.actor).toEqual({ role: 'moderator' });
      expect(c.occurredAt.slice(0, 7)).toBe('2017-12');
      expect(positionOf(c.commandId)).toBeGreaterThan(start);
    }
  });

  it('makes 20 to 26 themes with Dutch titles and descriptions, about 20 of them still active', () => {
    const all = [...created.map((t) => t.input), ...splits.flatMap((s) => s.input.parts)];
    expect(all.length).toBeGreaterThanOrEqual(20);
    expect(all.length).toBeLessThanOrEqual(26);
    expect(new Set(all.map((t) => t.themeId)).size).toBe(all.length);
    expect(new Set(all.map((t) => t.title)).size).toBe(all.length);
    for (const t of all) expect(t.description).toMatch(/^[A-Z].{40,}\.$/);
    const active = all.length - retiredThemes().size;
    expect(active).toBeGreaterThanOrEqual(18);
    expect(active).toBeLessThanOrEqual(24);
  });

  it('links every idea still in the record to a theme, some to a second, with short varied rationales', () => {
    const linked = new Set(links.map((l) => l.input.ideaId));
    for (const { input } of ofType('RecordIdea')) expect(linked.has(input.ideaId ?? '')).toBe(!withdrawn.has(input.ideaId ?? ''));
    const inTwo = [...linked].filter((id) => links.filter((l) => l.input.ideaId === id).length > 1);
    expect(inTwo.length).toBeGreaterThan(50);
    expect(inTwo.length).toBeLessThan(linked.size / 4);
    const rationales = links.map((l) => l.input.rationale);
    expect(new Set(rationales).size).toBeGreaterThan(100);
    for (const r of rationales) expect(r.length).toBeLessThan(140);
  });

  it('never links a withdrawn idea, and leaves every other idea in an active theme at the end', () => {
    for (const l of links) expect(withdrawn.has(l.input.ideaId)).toBe(false);
    const members = themeMembers();
    const retired = retiredThemes();
    const placed = new Set([...members].filter(([themeId]) => !retired.has(themeId)).flatMap(([, ids]) => [...ids]));
    for (const { input } of ofType('RecordIdea')) expect(placed.has(input.ideaId ?? '')).toBe(!withdrawn.has(input.ideaId ?? ''));
  });

  it('undoes a few links with a reason, after they were made and before the theme is retired', () => {
    expect(unlinks.length).toBeGreaterThanOrEqual(2);
    expect(unlinks.length).toBeLessThanOrEqual(8);
    for (const u of unlinks) {
      const link = links.find((l) => l.input.ideaId === u.input.ideaId && l.input.themeId === u.input.themeId);
      expect(positionOf(link?.commandId ?? '')).toBeLessThan(positionOf(u.commandId));
      expect(u.input.rationale).toMatch(/^[A-Z].{30,}\.$/);
      expect(links.filter((l) => l.input.ideaId === u.input.ideaId).length).toBeGreaterThan(1);
    }
  });

  it('merges Parkeren into Fiets en verkeer among two or three merges, and retitles the targets', () => {
    expect(merges.length).toBeGreaterThanOrEqual(2);
    expect(merges.length).toBeLessThanOrEqual(3);
    const parking = merges.find((m) => m.input.sourceThemeIds.map((id) => titleOf.get(id)).includes('Parkeren'));
    expect(titleOf.get(parking?.input.targetThemeId ?? '')).toBe('Fiets en verkeer');
    for (const m of merges) {
      const revision = ofType('ReviseTheme').find((r) => r.input.themeId === m.input.targetThemeId);
      expect(positionOf(revision?.commandId ?? '')).toBeGreaterThan(positionOf(m.commandId));
    }
    expect(ofType('ReviseTheme').length).toBeGreaterThanOrEqual(3);
  });

  it('splits Wonen into affordable housing and student housing, placing every idea of the source', () => {
    expect(splits.length).toBeGreaterThanOrEqual(1);
    expect(splits.length).toBeLessThanOrEqual(2);
    const housing = splits.find((s) => titleOf.get(s.input.sourceThemeId) === 'Wonen');
    expect(housing?.input.parts.map((p) => p.title)).toEqual(['Betaalbaar wonen', 'Studentenhuisvesting en kamerverhuur']);
    for (const split of splits) {
      const before = new Set<string>();
      for (const c of demo.slice(0, positionOf(split.commandId))) {
        if (c.type === 'LinkIdeaToTheme' && c.input.themeId === split.input.sourceThemeId) before.add(c.input.ideaId);
        if (c.type === 'UnlinkIdeaFromTheme' && c.input.themeId === split.input.sourceThemeId) before.delete(c.input.ideaId);
      }
      expect(new Set(split.input.parts.flatMap((p) => p.ideaIds))).toEqual(before);
      for (const p of split.input.parts) expect(p.ideaIds.length).toBeGreaterThan(10);
    }
    const students = housing?.input.parts[1]?.ideaIds ?? [];
    expect(students.filter((id) => /student|kamer|hospita/i.test(finalIdeaText.get(id) ?? '')).length).toBe(students.length);
  });
});
