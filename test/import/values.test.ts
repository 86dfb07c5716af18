import { describe, expect, it } from 'vitest';
import { readsAsChinese } from '../../seed/import/decode.ts';
import { detectFormat } from '../../seed/import/detect.ts';
import { officerRole } from '../../seed/import/ftm/map.ts';
import type { Problem } from '../../seed/import/problems.ts';
import { isChinese, parseAmount, parseDate, parseShare, parseUscc } from '../../seed/import/values.ts';

const at = () => ({ line: 7, column: 'c', problems: [] as Problem[] });

describe('cell parsers', () => {
  it.each([
    ['0.51', 0.51],
    ['51%', 0.51],
    ['51 ％', 0.51],
    ['.5', 0.5],
    ['1', 1],
    ['0', 0],
    ['33.3333%', 0.333333],
  ])('share %s → %d', (raw, fraction) => {
    const place = at();
    expect(parseShare(raw, place)).toBe(fraction);
    expect(place.problems).toEqual([]);
  });

  it.each([
    ['130%', 'share 130% is outside 0–100%'],
    ['1.5', 'share 1.5 is outside 0–1 (write 1.5% for a percentage)'],
    ['-0.1', 'share -0.1 is outside 0–1 (write -0.1% for a percentage)'],
    ['half', "'half' is not a share (write 0.51 or 51%)"],
  ])('share %s is an error', (raw, message) => {
    const place = at();
    expect(parseShare(raw, place)).toBeNull();
    expect(place.problems).toEqual([{ severity: 'error', line: 7, column: 'c', message }]);
  });

  it('reads FtM/BODS percentages without a % sign', () => {
    expect(parseShare('49', at(), { percent: true })).toBe(0.49);
  });

  it.each([
    ['2019-03-05', '2019-03-05'],
    ['2019/3/5', '2019-03-05'],
    ['2019.03.05', '2019-03-05'],
    ['20190305', '2019-03-05'],
    ['2019年3月5日', '2019-03-05'],
    ['2019-03-05T10:00:00Z', '2019-03-05'],
  ])('date %s → %s', (raw, day) => expect(parseDate(raw, at())).toBe(day));

  it('reads a partial date as the first or last day of its period, with a warning', () => {
    const place = at();
    expect(parseDate('2023-02', place)).toBe('2023-02-01');
    expect(parseDate('2023-02', place, { end: true })).toBe('2023-02-28');
    expect(parseDate('2024', place, { end: true })).toBe('2024-12-31');
    expect(place.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', "partial date '2023-02' read as 2023-02-01"],
      ['warning', "partial date '2023-02' read as 2023-02-28"],
      ['warning', "partial date '2024' read as 2024-12-31"],
    ]);
  });

  it.each([
    ['5000000', 5_000_000],
    ['5,000,000', 5_000_000],
    ['500万', 5_000_000],
    ['500万元', 5_000_000],
    ['1.5亿元人民币', 150_000_000],
  ])('amount %s → %d', (raw, amount) => expect(parseAmount(raw, at())).toBe(amount));

  it('downgrades only the USCC check character to a warning', () => {
    const place = at();
    expect(parseUscc(' 91440300192317458f ', place)).toBe('91440300192317458F');
    expect(parseUscc('914403001922038210', place)).toBe('914403001922038210');
    expect(parseUscc('9144030019220382', place)).toBeNull();
    expect(place.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', "USCC '914403001922038210': check character (position 18) is '0', expected '6'"],
      ['error', "USCC '9144030019220382': length is 16, expected 18"],
    ]);
  });

  it('tells Chinese names from Japanese ones', () => {
    expect([isChinese('张伟'), isChinese('株式会社カラシニコフ'), isChinese('Zala Aero')]).toEqual([true, false, false]);
  });

  it('maps free-text director roles onto the model’s officer roles', () => {
    expect(['ГЕНЕРАЛЬНЫЙ ДИРЕКТОР', 'Chairman of the Board', '董事', 'Leader or official of', '监事'].map(officerRole)).toEqual([
      'general_manager',
      'chair',
      'director',
      'senior_manager',
      'supervisor',
    ]);
  });
});

describe('format detection and encodings', () => {
  it.each([
    ['a.csv', 'uscc,name_zh\n', 'csv-companies'],
    ['a.csv', '统一社会信用代码,企业名称\n', 'csv-companies'],
    ['a.csv', 'id,name_zh,name_pinyin\n', 'csv-persons'],
    ['a.csv', 'type,from_id,to_id,share\n', 'csv-relations'],
    ['a.csv', 'subject,list,from\n', 'csv-listings'],
    ['a.csv', 'id,name_zh\n', null],
    ['a.json', '{"id": "x", "schema": "Company", "properties": {}}\n', 'ftm'],
    ['a.json', '[\n  {"statementId": "s", "recordType": "entity"}]', 'bods'],
  ])('%s starting %j is %s', (file, text, format) => expect(detectFormat(file, text)).toBe(format));

  it('accepts decoded GBK only when it reads as Chinese text', () => {
    expect(readsAsChinese('统一社会信用代码,企业名称\n91440300192317458F,测试公司')).toBe(true);
    expect(readsAsChinese('Soci\u00e9t\u00e9 G\u00e9n\u00e9rale')).toBe(false);
  });
});
