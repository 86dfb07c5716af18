import fs from 'node:fs';

/**
 * An FtM JSON-lines file of synthetic entities of about `megabytes`, written in blocks so the
 * writer's own memory stays small: persons (test names) each followed by a Family link to the next
 * person, which the file defines only on a later line (a reference ahead, as in exports sorted by
 * id). Entity ids start with `id-prefix`. Returns the number of entities.
 */
export function writeSyntheticFtm(file: string, megabytes: number, idPrefix: string): number {
  const out = fs.openSync(file, 'w');
  try {
    let size = 0;
    let person = 0;
    while (size < megabytes * 1024 * 1024) {
      const block: string[] = [];
      for (let i = 0; i < 500; i++, person++) block.push(personLine(idPrefix, person), familyLine(idPrefix, person));
      const text = block.join('');
      fs.writeSync(out, text);
      size += Buffer.byteLength(text);
    }
    // The last link's relative, so every reference resolves.
    fs.writeSync(out, personLine(idPrefix, person));
    return person * 2 + 1;
  } finally {
    fs.closeSync(out);
  }
}

const personLine = (prefix: string, n: number) =>
  `${JSON.stringify({ id: `${prefix}p-${n}`, schema: 'Person', caption: `Test Person ${n}`, properties: { name: [`Test Person ${n}`, `测试人员${n}`], country: ['cn'], birthDate: ['1970-01-01'] } })}\n`;

const familyLine = (prefix: string, n: number) =>
  `${JSON.stringify({ id: `${prefix}fam-${n}`, schema: 'Family', properties: { person: [`${prefix}p-${n}`], relative: [`${prefix}p-${n + 1}`], relationship: ['sibling'], startDate: ['2000-01-01'] } })}\n`;
