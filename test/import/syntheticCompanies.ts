import fs from 'node:fs';
import { makeUscc, usccAlphabet } from '../../graph/domain/uscc.ts';

/**
 * A companies CSV of synthetic rows (valid USCCs, names marked as test data) of about `megabytes`,
 * written in blocks so the writer's own memory stays small: the importer's memory test and the
 * streaming benchmark import it. Row n's USCC is 91110105 + n in base 31 (8 characters) + checks, so
 * rows from `firstRow` = 30 × 31^7 on have USCCs starting with `91110105Y`. Returns the number of rows.
 */
export function writeSyntheticCompanies(file: string, megabytes: number, firstRow = 0): number {
  const out = fs.openSync(file, 'w');
  try {
    fs.writeSync(out, 'uscc,name_zh,name_en,legal_form,status,registered_capital,established,division_code,address\n');
    let size = 0;
    let row = firstRow;
    while (size < megabytes * 1024 * 1024) {
      const block: string[] = [];
      for (let i = 0; i < 1000; i++, row++) block.push(companyLine(row));
      const text = block.join('');
      fs.writeSync(out, text);
      size += Buffer.byteLength(text);
    }
    return row - firstRow;
  } finally {
    fs.closeSync(out);
  }
}

/** Row `n` of the file: USCC from the row number (9 = "other" registration authority, Y = "other" category). */
function companyLine(n: number): string {
  let body = '';
  for (let rest = n, i = 0; i < 8; i++, rest = Math.floor(rest / 31)) body = usccAlphabet[rest % 31]! + body;
  const uscc = makeUscc({ authority: '9', category: '1', division: '110105', orgBody8: body });
  return `${uscc},测试合成企业${n}有限公司,"Synthetic Test Company ${n}, Ltd.",有限责任公司,存续,${(n % 900) + 100}万元,2015-03-${String((n % 28) + 1).padStart(2, '0')},110105,北京市朝阳区测试路${n}号\n`;
}
