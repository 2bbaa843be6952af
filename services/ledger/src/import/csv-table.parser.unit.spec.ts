import { detectDelimiter, readCsvTable } from './csv-table.parser.js';
import { ImportError } from './import-problem.model.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readCsvTable', () => {
  it('reads an Excel export: BOM, semicolons, CRLF, a quoted idea over two lines, with the line each record starts on', () => {
    const file = utf8('\uFEFFgesprek;idee;soort\r\nhk-1;"Meer groen,\r\nminder asfalt";wens\r\nhk-1;Een bankje bij de Kooi;behoefte\r\n');
    const table = readCsvTable(file);
    expect(table.delimiter).toBe(';');
    expect(table.header).toEqual(['gesprek', 'idee', 'soort']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['hk-1', 'Meer groen,\nminder asfalt', 'wens'] },
      { line: 4, cells: ['hk-1', 'Een bankje bij de Kooi', 'behoefte'] },
    ]);
  });

  it('keeps an unquoted comma inside a cell of a semicolon file', () => {
    const table = readCsvTable('gesprek;idee\nhk-1;Groen, veilig en schoon\n');
    expect(table.rows[0]?.cells).toEqual(['hk-1', 'Groen, veilig en schoon']);
  });

  it('reads comma-separated files too, and trims cells', () => {
    const table = readCsvTable('conversation,idea\n hk-1 , "Meer bomen; minder stenen" \n');
    expect(table.delimiter).toBe(',');
    expect(table.rows[0]?.cells).toEqual(['hk-1', 'Meer bomen; minder stenen']);
  });

  it('skips blank lines and Excel rows without any value, and still counts the lines', () => {
    const table = readCsvTable('a;b\n\n;;\n  \nx;"y\n\nz"\n;\nu;v\n');
    expect(table.rows.map((r) => r.line)).toEqual([5, 9]);
  });

  it('refuses a file that is not UTF-8, naming the line of the first bad byte', () => {
    const latin1 = Uint8Array.from([...utf8('a;b\nx;y\nCaf'), 0xe9, ...utf8(';z\n')]);
    expect(() => readCsvTable(latin1)).toThrow(ImportError);
    expect(() => readCsvTable(latin1)).toThrow(/not UTF-8 .*line 3.*CSV UTF-8/);
  });

  it('refuses UTF-16 ("Unicode text" from Excel)', () => {
    expect(() => readCsvTable(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]))).toThrow(/UTF-16/);
  });

  it('reads UTF-8 accents as they are', () => {
    expect(readCsvTable(utf8('gesprek;idee\nhk-1;Café aan de Rijn, één terras\n')).rows[0]?.cells).toEqual(['hk-1', 'Café aan de Rijn, één terras']);
  });

  it('keeps quotes inside a cell that is not quoted as a whole', () => {
    expect(readCsvTable('gesprek;idee\nhk-1;Een "groene" straat\n').rows[0]?.cells).toEqual(['hk-1', 'Een "groene" straat']);
  });

  it('names the line of a quote that is never closed', () => {
    expect(() => readCsvTable('a;b\nx;"y\nz;w\n')).toThrow(/^line \d+: a quoted cell is not closed/);
  });

  it('refuses an empty file and a file with only a header', () => {
    expect(() => readCsvTable(utf8(' \n\n'))).toThrow('the file is empty');
    expect(() => readCsvTable('a;b\n;\n')).toThrow(/header row \(line 1\) but no rows/);
  });

  it('takes the delimiter the header uses most, ignoring quoted ones', () => {
    expect(detectDelimiter('"a;b",c,d\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('single\n')).toBe(',');
  });
});
