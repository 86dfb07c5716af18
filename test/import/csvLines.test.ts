/** Lines the CSV reader names: an unclosed quote where it opened, not at the file's end (issue 19). */
import { describe, expect, it } from 'vitest';
import { columnSets } from '../../seed/import/csv/columns.ts';
import { readCsv, unclosedQuoteLine } from '../../seed/import/csv/read.ts';

describe('unclosed quote', () => {
  it('is reported on the line where the quote opened', () => {
    const text = 'id,name_zh\np1,甲\np2,"乙\np3,丙\np4,丁\n';
    expect(readCsv(text, columnSets.persons).problems).toEqual([
      { severity: 'error', line: 3, column: 'csv', message: `unreadable CSV: a quote opened on line 3 is never closed (a cell's closing " is missing)` },
    ]);
  });

  it('skips closed quotes, escaped quotes and quoted line breaks before it', () => {
    expect(unclosedQuoteLine('a,"x""y\r\nz"\n"ok",b\nc,"open\nmore')).toBe(4);
    expect(unclosedQuoteLine('a,"closed"\nb,c\n')).toBeUndefined();
  });
});
