/**
 * A load test for the portal build: the same PortalData with every conversation and idea
 * `times` times over. Copies get new ids and new receipt codes (Crockford base 32, derived from
 * the original code and the copy number, so the same input gives the same output); themes,
 * districts and clauses list the copies too. The counts are left as they were: this is for
 * measuring the build, never for publishing.
 */
import { createHash } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const codeFor = (code, copy, taken) => {
  for (let salt = 0; ; salt += 1) {
    const bytes = createHash('sha256').update(`${code}|${copy}|${salt}`).digest();
    let out = '';
    for (let i = 0; i < 8; i += 1) out += CROCKFORD[bytes[i] & 31];
    const candidate = `${out.slice(0, 4)}-${out.slice(4)}`;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
};

export const scalePortalData = (data, times) => {
  const taken = new Set(data.ideas.map((i) => i.receiptCode));
  const copies = new Map(data.ideas.map((i) => [i.receiptCode, []]));
  const ideas = [...data.ideas];
  for (let copy = 1; copy < times; copy += 1) {
    for (const idea of data.ideas) {
      const receiptCode = codeFor(idea.receiptCode, copy, taken);
      copies.get(idea.receiptCode).push(receiptCode);
      const ideaId = `${idea.idea.ideaId}-x${copy}`;
      const conversationId = `${idea.conversation.conversationId}-x${copy}`;
      ideas.push({ ...idea, receiptCode, idea: { ...idea.idea, ideaId, receiptCode }, conversation: { ...idea.conversation, conversationId } });
    }
  }
  const withCopies = (codes) => [...codes, ...codes.flatMap((c) => copies.get(c) ?? [])];
  const copyOf = (codes, copy) => codes.map((c) => copies.get(c)?.[copy - 1] ?? c);
  const districts = data.districts.map((d) => ({
    ...d,
    conversations: [
      ...d.conversations,
      ...Array.from({ length: times - 1 }, (_, k) => d.conversations.map((c) => ({ ...c, conversationId: `${c.conversationId}-x${k + 1}`, ideaCodes: copyOf(c.ideaCodes, k + 1) }))).flat(),
    ],
  }));
  const themes = data.themes.map((t) => ({ ...t, ideaCodes: withCopies(t.ideaCodes) }));
  const manifesto = data.manifesto && {
    ...data.manifesto,
    clauses: data.manifesto.clauses.map((c) => {
      const byCode = new Map(c.roots.ideas.map((i) => [i.receiptCode, i]));
      const extra = [];
      for (let copy = 1; copy < times; copy += 1) {
        for (const i of c.roots.ideas) extra.push({ ...byCode.get(i.receiptCode), ideaId: `${i.ideaId}-x${copy}`, receiptCode: copies.get(i.receiptCode)?.[copy - 1] ?? i.receiptCode, conversationId: `${i.conversationId}-x${copy}` });
      }
      const conversations = [...c.roots.conversations, ...Array.from({ length: times - 1 }, (_, k) => c.roots.conversations.map((x) => ({ ...x, conversationId: `${x.conversationId}-x${k + 1}` }))).flat()];
      return { ...c, roots: { ...c.roots, ideas: [...c.roots.ideas, ...extra], conversations } };
    }),
  };
  return { ...data, ideas, districts, themes, manifesto };
};
