/**
 * Property-based tests (fast-check) of the code that reads untrusted text: the USCC validator, the
 * importer's decoder, CSV reader and mappers, and the FollowTheMoney / BODS / JSON-lines readers.
 * None may throw on any input; every problem names its line and column; valid input round-trips.
 * They run with a fixed, printed seed (test/support/properties.ts; `npm run fuzz` explores new ones);
 * fast-check prints the shrunk input of a failure, and each one found is kept below as a named case.
 */
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divisionProvinces, nationalDivision } from '../../graph/domain/divisionCode.ts';
import { makeUscc, usccAlphabet, validateUscc } from '../../graph/domain/uscc.ts';
import { registrationAuthorities } from '../../graph/domain/usccCategories.ts';
import { columnSets, csvKinds } from '../../seed/import/csv/columns.ts';
import { readCsv } from '../../seed/import/csv/read.ts';
import type { MapContext } from '../../seed/import/context.ts';
import { decode, EncodingError } from '../../seed/import/decode.ts';
import { importFormats } from '../../seed/import/detect.ts';
import type { ImportRecord } from '../../seed/import/facts.ts';
import { readJsonLines } from '../../seed/import/jsonLines.ts';
import type { Problem } from '../../seed/import/problems.ts';
import { mapFile } from '../../seed/import/run.ts';
import { checkRecords } from '../../seed/import/validate.ts';
import { runs } from '../support/properties.ts';

const ctx: MapContext = { file: 'fuzz.txt', namespace: 'fz-', idHashSalt: 'fuzz-salt', today: '2024-06-01' };

/** Any text: every Unicode code point (lone surrogates included), and the characters CSV and JSON care about. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...'",;\n\r\t {}[]:\\|；％%年月日万亿0123456789.-/\uFEFF\u0000'), maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);

function expectPreciseProblems(problems: readonly Problem[], lines: number): void {
  for (const problem of problems) {
    expect(['error', 'warning']).toContain(problem.severity);
    expect(Number.isInteger(problem.line) && problem.line >= 0 && problem.line <= lines + 1, JSON.stringify(problem)).toBe(true);
    expect(problem.column.trim().length, JSON.stringify(problem)).toBeGreaterThan(0);
    expect(problem.message.trim().length).toBeGreaterThan(0);
  }
}

function expectWellFormed(records: ImportRecord[], fileProblems: Problem[], text: string): void {
  // csv-parse counts a lone CR as a line break too (old Mac files).
  const lines = text.split(/\r\n|\r|\n/).length;
  expectPreciseProblems(fileProblems, lines);
  for (const record of records) {
    expectPreciseProblems(record.problems, lines);
    for (const node of record.nodes) expect(typeof node.id === 'string' && node.id.length > 0).toBe(true);
    for (const rel of record.rels) expect(typeof rel.from === 'string' && typeof rel.to === 'string').toBe(true);
  }
}

describe('USCC validator', () => {
  const part = (alphabet: string, length: number) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: length, maxLength: length });
  const digits = '0123456789';
  const orgChars = usccAlphabet; // what a USCC's positions 9–16 may hold
  // Positions 1–2: a pair from GB 32100-2015's table; 3–8: a GB/T 2260 province and any four digits
  // (a division the current table lacks is accepted as historic), or the national 100000.
  const authorityAndCategory = fc.constantFrom(
    ...Object.entries(registrationAuthorities).flatMap(([authority, { categories }]) => Object.keys(categories).map((category) => ({ authority, category }))),
  );
  const division = fc.oneof(fc.constant(nationalDivision), fc.tuple(fc.constantFrom(...divisionProvinces), part(digits, 4)).map(([p, rest]) => p + rest));
  const validUscc = fc
    .record({ pair: authorityAndCategory, division, orgBody8: part(orgChars, 8) })
    .map(({ pair, division, orgBody8 }) => makeUscc({ ...pair, division, orgBody8 }));
  /** The characters position `index` (0-based) may hold. */
  const allowedAt = (index: number) => (index >= 2 && index <= 7 ? digits : usccAlphabet);

  it('never throws, and says exactly what is wrong, on any text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: fc.constantFrom(...usccAlphabet, 'I', 'O', 'S', 'V', 'Z', 'a', ' '), minLength: 16, maxLength: 20 })), (input) => {
        const result = validateUscc(input);
        expect(result.normalized).toBe(input.trim().toUpperCase());
        expect(result.valid).toBe(result.errors.length === 0);
        for (const problem of [...result.errors, ...result.warnings]) {
          expect(problem.message.length).toBeGreaterThan(0);
          if (problem.position !== undefined) expect(problem.position >= 1 && problem.position <= [...result.normalized].length).toBe(true);
        }
      }),
      runs(5_000),
    );
  });

  it('accepts every code built by the standard, in any case and with surrounding spaces', () => {
    fc.assert(
      fc.property(validUscc, fc.constantFrom('', ' ', '\t'), (uscc, pad) => {
        expect(validateUscc(uscc).valid).toBe(true);
        expect(validateUscc(`${pad}${uscc.toLowerCase()}${pad}`).valid).toBe(true);
      }),
      runs(2_000),
    );
  });

  it('catches every single-character substitution (mod-31 check, 31 prime)', () => {
    fc.assert(
      fc.property(validUscc, fc.nat(17), fc.nat(30), (uscc, index, shift) => {
        const allowed = allowedAt(index);
        const current = allowed.indexOf(uscc[index]!);
        const replacement = allowed[(current + 1 + (shift % (allowed.length - 1))) % allowed.length]!;
        fc.pre(replacement !== uscc[index]);
        const changed = uscc.slice(0, index) + replacement + uscc.slice(index + 1);
        expect(validateUscc(changed).valid).toBe(false);
      }),
      runs(3_000),
    );
  });

  it('catches every swap of two different neighbouring characters among the first 17', () => {
    fc.assert(
      fc.property(validUscc, fc.nat(15), (uscc, index) => {
        const [a, b] = [uscc[index]!, uscc[index + 1]!];
        fc.pre(a !== b && allowedAt(index).includes(b) && allowedAt(index + 1).includes(a));
        const swapped = uscc.slice(0, index) + b + a + uscc.slice(index + 2);
        expect(validateUscc(swapped).valid).toBe(false);
      }),
      runs(3_000),
    );
  });
});

describe('decoding a file', () => {
  it('any bytes either decode to text or fail with an EncodingError that says what to do', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(undefined, 'utf8' as const, 'gb18030' as const), (bytes, forced) => {
        try {
          expect(typeof decode(bytes, 'fuzz.csv', forced).text).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(EncodingError);
          expect((error as Error).message).toMatch(/fuzz\.csv/);
        }
      }),
      runs(2_000),
    );
  });
});

describe('CSV', () => {
  const cell = fc.oneof(anyText, fc.constant(''), fc.constantFrom('"', '""', ',', '\n', '\r\n', ' a , b ', '=cmd()', '1e309', '-0'));

  /** csv-stringify writes the file; the reader must give back the cells, and each row's first line. */
  function expectReadBack(kind: (typeof csvKinds)[number], columns: string[], records: string[][]): void {
    const text = stringify([columns, ...records]);
    const table = readCsv(text, columnSets[kind]);
    expect(table.problems).toEqual([]);
    expect(table.columns).toEqual(columns);
    // The reader makes line endings uniform (exports mix CRLF and LF), inside quoted cells too.
    expect(table.rows.map((row) => columns.map((c) => row.cells[c]))).toEqual(records.map((record) => record.map((c) => c.replace(/\r\n/g, '\n'))));
    // A CRLF is one line break, a lone CR or LF another (csv-parse and editors count them so).
    const lineBreaks = (csv: string) => csv.match(/\r\n|\r|\n/g)?.length ?? 0;
    let line = 1 + lineBreaks(stringify([columns]));
    const starts = records.map((record) => {
      const start = line;
      line += lineBreaks(stringify([record]));
      return start;
    });
    expect(table.rows.map((row) => row.line)).toEqual(starts);
  }

  // Found by fast-check seed 909249513 on a clean clone (issue 19): the row was reported on line 3.
  it('regression: a persons row whose quoted cells hold "\\r\\r\\n" is on line 2, where it starts', () => {
    expectReadBack('persons', ['id', 'name_zh'], [['\r\r\n', '\r\r\n']]);
    expectReadBack('persons', ['id', 'name_zh'], [['a\rb', 'c\r\nd\n'], ['p2', '\r']]);
  });

  // Every row has a cell for each column of the widest set, so any subset of columns can be filled.
  const widestColumnSet = Math.max(...csvKinds.map((kind) => columnSets[kind].columns.length));

  it('reads back exactly what csv-stringify wrote, with each row on the line it starts on', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...csvKinds).chain((kind) =>
          fc.record({
            kind: fc.constant(kind),
            columns: fc.shuffledSubarray(columnSets[kind].columns.map((c) => c.name), { minLength: Math.max(2, columnSets[kind].required.length) }),
            rows: fc.array(fc.array(cell, { minLength: widestColumnSet, maxLength: widestColumnSet }), { maxLength: 8 }),
          }),
        ),
        ({ kind, columns, rows }) => {
          fc.pre(columnSets[kind].required.every((group) => group.some((name) => columns.includes(name))));
          // A row of empty cells in a one-column file would be an empty line; every set has ≥ 2 required columns.
          expectReadBack(kind, columns, rows.map((row) => columns.map((_, i) => row[i]!.replace(/\uFEFF/g, ''))));
        },
      ),
      runs(500),
    );
  });

  it('maps any text, or any cells under a valid header, without throwing; problems name line and column', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...csvKinds),
        fc.oneof(anyText, fc.array(fc.array(cell, { minLength: 1, maxLength: 12 }), { maxLength: 6 }).map((rows) => rows.map((r) => r.join(',')).join('\n'))),
        fc.boolean(),
        (kind, body, withHeader) => {
          const header = columnSets[kind].columns.map((c) => c.name).join(',');
          const text = withHeader ? `${header}\n${body}` : body;
          const mapped = mapFile(text, `csv-${kind}` as (typeof importFormats)[number], ctx);
          expectWellFormed(mapped.records, mapped.fileProblems, text);
          const checked = checkRecords(mapped.records, mapped.fileProblems, new Map());
          expect(checked.accepted.length + checked.rejected.length).toBe(mapped.records.length);
        },
      ),
      runs(1_000),
    );
  });
});

describe('JSON lines, FollowTheMoney and BODS', () => {
  const ftmSchemata = ['Company', 'Organization', 'LegalEntity', 'Person', 'Ownership', 'Directorship', 'Family', 'Associate', 'Sanction', 'Address', 'Passport'];
  const propertyValue = fc.oneof(anyText, fc.double(), fc.integer(), fc.constant(null), fc.jsonValue({ maxDepth: 2 }));
  const ftmEntity = fc.record(
    {
      id: fc.oneof(fc.constantFrom('e1', 'e2', 'e3', '914403001922038216'), anyText),
      schema: fc.oneof(fc.constantFrom(...ftmSchemata), anyText),
      caption: anyText,
      first_seen: fc.oneof(fc.constantFrom('2023-01-01', '2023', '2023-13'), anyText),
      properties: fc.dictionary(
        fc.oneof(fc.constantFrom('name', 'owner', 'asset', 'director', 'organization', 'entity', 'startDate', 'endDate', 'percentage', 'registrationNumber', 'idNumber', 'authority', 'program'), anyText),
        fc.oneof(fc.array(fc.oneof(fc.constantFrom('e1', 'e2', 'e3', '51', '2020-02-30', '2021'), anyText), { maxLength: 3 }), propertyValue),
        { maxKeys: 6 },
      ),
    },
    { requiredKeys: [] },
  );
  const bodsStatement = fc.record(
    {
      statementId: fc.oneof(fc.constantFrom('s1', 's2', 's3'), anyText),
      recordId: fc.oneof(fc.constantFrom('r1', 'r2', 'r3'), anyText),
      recordType: fc.oneof(fc.constantFrom('entity', 'person', 'relationship'), anyText),
      recordStatus: fc.constantFrom('new', 'updated', 'closed', 'other'),
      statementDate: fc.oneof(fc.constantFrom('2024-01-01'), anyText),
      recordDetails: fc.oneof(
        fc.record(
          {
            name: anyText,
            subject: fc.constantFrom('r1', 'r2', 'r3'),
            interestedParty: fc.constantFrom('r1', 'r2', 'r3'),
            interests: fc.array(fc.oneof(fc.record({ type: fc.constantFrom('shareholding', 'boardMember', 'votingRights'), share: fc.jsonValue({ maxDepth: 1 }), directOrIndirect: fc.constantFrom('direct', 'indirect') }), fc.jsonValue({ maxDepth: 1 })), { maxLength: 3 }),
            identifiers: fc.jsonValue({ maxDepth: 2 }),
            names: fc.jsonValue({ maxDepth: 2 }),
          },
          { requiredKeys: [] },
        ),
        fc.jsonValue({ maxDepth: 2 }),
      ),
    },
    { requiredKeys: [] },
  );

  it('readJsonLines turns any text into values or a problem on its line', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const lines = readJsonLines(text);
        for (const line of lines) {
          expect(line.problem === undefined ? 'value' in line : line.problem.line === line.line).toBe(true);
        }
      }),
      runs(2_000),
    );
  });

  const jsonOrOtherFormats = importFormats.filter((format) => !format.startsWith('csv-'));
  it.each(jsonOrOtherFormats)('%s: any text maps without throwing', (format) => {
    fc.assert(
      fc.property(anyText, (text) => {
        const mapped = mapFile(text, format, ctx);
        expectWellFormed(mapped.records, mapped.fileProblems, text);
      }),
      runs(1_000),
    );
  });

  it('FtM: hostile entities (wrong types, bad dates, unknown schemata, dangling refs) map and check without throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(ftmEntity, fc.jsonValue({ maxDepth: 2 })), { maxLength: 8 }), (entities) => {
        const text = entities.map((e) => JSON.stringify(e) ?? 'null').join('\n');
        const mapped = mapFile(text, 'ftm', ctx);
        expectWellFormed(mapped.records, mapped.fileProblems, text);
        checkRecords(mapped.records, mapped.fileProblems, new Map());
        for (const record of mapped.records) for (const node of record.nodes) if (!/^\d|^[0-9A-Z]{18}$/.test(node.id)) expect(node.id.startsWith('fz-')).toBe(true);
      }),
      runs(1_000),
    );
  });

  it('BODS: hostile statements (as JSON lines or one array) map and check without throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(bodsStatement, fc.jsonValue({ maxDepth: 2 })), { maxLength: 8 }), fc.boolean(), (statements, asArray) => {
        const text = asArray ? JSON.stringify(statements) : statements.map((s) => JSON.stringify(s) ?? 'null').join('\n');
        const mapped = mapFile(text, 'bods', ctx);
        expectWellFormed(mapped.records, mapped.fileProblems, text);
        checkRecords(mapped.records, mapped.fileProblems, new Map());
      }),
      runs(1_000),
    );
  });
});
