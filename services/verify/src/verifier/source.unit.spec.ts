import { splitLines } from './source.js';

async function* chunks(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield Buffer.from(p);
}

const collect = async (...parts: string[]) => {
  const out: { line: string; unterminated: boolean }[] = [];
  for await (const l of splitLines(chunks(...parts))) out.push({ line: l.subarray(1).toString(), unterminated: l.unterminated === true });
  return out;
};

describe('splitLines', () => {
  it('splits on LF across chunk boundaries, each line with one spare byte in front', async () => {
    expect((await collect('{"a":1}\n{"b"', ':2}\n', '{"c":3}\n')).map((l) => l.line)).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
  });

  it('keeps a carriage return (only LF ends a line) and marks a last line without LF', async () => {
    const lines = await collect('one\r\ntwo');
    expect(lines.map((l) => [l.line, l.unterminated])).toEqual([
      ['one\r', false],
      ['two', true],
    ]);
  });

  it('yields an empty line as an empty line', async () => {
    expect((await collect('a\n\nb\n')).map((l) => l.line)).toEqual(['a', '', 'b']);
  });
});
