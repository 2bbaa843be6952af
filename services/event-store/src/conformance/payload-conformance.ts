import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { type ConformanceContext, must, marker, ownEvents, readAllAfter, uniqueStream } from './conformance-helpers.js';

/** Text that breaks naive encodings: astral emoji with ZWJ/skin tones, Dutch diacritics, RTL. */
export const UNICODE_SAMPLES = {
  emoji: '👩🏽‍⚕️ 🇳🇱 🧑‍🤝‍🧑 😀 𝄞',
  dutch: 'ĳsselmeer Ĳmuiden één coördinatie café Curaçao Zeeuws-Vlaanderen geëmigreerd ’s-Hertogenbosch',
  rtlArabic: 'مرحبا بالعالم، المشاركة ٢٠٢٦',
  rtlHebrew: 'שָׁלוֹם עוֹלָם',
  mixedRtl: 'deelnemer \u200fאברהם\u200e (NL) ‏عربى‎ 42',
  combining: 'e\u0301 o\u0308 n\u0303 (decomposed, kept as is)',
  escapes: 'quote " backslash \\ tab \t newline \n cr \r u2028 \u2028 u2029 \u2029 </script>',
} as const;

const MiB = 1024 * 1024;

export function payloadConformance(ctx: ConformanceContext): void {
  describe('payloads', () => {
    it('unicode (emoji, Dutch diacritics, RTL) in data, metadata, type and stream id roundtrips exactly', async () => {
      const start = await marker(ctx.store);
      const s = uniqueStream('deelnemer-één-ĳssel');
      const data = { ...UNICODE_SAMPLES, keys: { 'sleutel-ë': 'waarde', 'مفتاح': 'قيمة' }, list: Object.values(UNICODE_SAMPLES) };
      const metadata = { actor: 'Zoë d’Ançay', note: UNICODE_SAMPLES.emoji };
      const type = 'DeelnemerGeëmigreerd';
      await ctx.store.append(s, [{ type, data, metadata }], 'no_stream');
      const [read] = await ctx.store.readStream(s);
      expect(must(read).streamId).toBe(s);
      expect(must(read).type).toBe(type);
      expect(must(read).data).toEqual(data);
      expect(must(read).metadata).toEqual(metadata);
      expect((must(read).data as typeof data).emoji).toBe(UNICODE_SAMPLES.emoji); // same code units
      expect(JSON.stringify(must(read).data).includes('\u0000')).toBe(false);
      const [viaAll] = ownEvents(await readAllAfter(ctx.store, start), [s]);
      expect(viaAll).toEqual(read);
    });

    it('JSON values of every kind roundtrip (null metadata included)', async () => {
      const s = uniqueStream();
      const data = { int: 42, neg: -7, float: 3.25, big: 2 ** 53 - 1, t: true, f: false, nil: null, empty: '', arr: [[], {}, [1, 'x']] };
      await ctx.store.append(s, [{ type: 'Kinds', data, metadata: null }, { type: 'Array', data: [1, 2, 3], metadata: { a: [] } }], 'no_stream');
      const [a, b] = await ctx.store.readStream(s);
      expect(must(a).data).toEqual(data);
      expect(must(a).metadata).toBeNull();
      expect(must(b).data).toEqual([1, 2, 3]);
      expect(must(b).metadata).toEqual({ a: [] });
    });

    it('an event with 1 MiB of data roundtrips', async () => {
      const start = await marker(ctx.store);
      const s = uniqueStream();
      const blob = randomBytes((MiB * 3) / 4).toString('base64'); // exactly 1 MiB of ASCII
      expect(blob.length).toBe(MiB);
      await ctx.store.append(s, [{ type: 'Large', data: { blob }, metadata: { size: MiB } }], 'no_stream');
      const [read] = await ctx.store.readStream(s);
      expect((must(read).data as { blob: string }).blob.length).toBe(MiB);
      expect((must(read).data as { blob: string }).blob === blob).toBe(true);
      const [viaAll] = ownEvents(await readAllAfter(ctx.store, start, 10), [s]);
      expect((must(viaAll).data as { blob: string }).blob === blob).toBe(true);
    });
  });
}
