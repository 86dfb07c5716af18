import { NodeKind } from '../../../graph/model.ts';
import { localId, sourceOf, type MapContext } from '../context.ts';
import { newRecord, type ImportRecord, type Props } from '../facts.ts';
import { error } from '../problems.ts';
import { hashIdNumber, isChinese, pinyinOf, text } from '../values.ts';
import { Cells } from './cells.ts';
import type { CsvRow } from './read.ts';


/** One row of a persons file → a Person node. An ID number is hashed, never stored. */
export function personRecord(row: CsvRow, ctx: MapContext): ImportRecord {
  const record = newRecord(row.line, row.raw, NodeKind.Person);
  const cells = new Cells(row, record.problems);
  const id = text(cells.get('id'));
  if (id === null) {
    record.problems.push(error(row.line, 'id', 'a person needs an id'));
    return record;
  }
  const nameZh = text(cells.get('name_zh'));
  if (nameZh === null && text(cells.get('name_en')) === null) {
    record.problems.push(error(row.line, cells.has('name_zh') ? 'name_zh' : 'name_en', 'a person needs a name'));
  }
  const props: Props = { source: sourceOf(ctx, row.line) };
  cells.put(props, 'nameZh', 'name_zh', text);
  cells.put(props, 'nameEn', 'name_en', text);
  if (cells.has('name_pinyin') || (nameZh !== null && isChinese(nameZh))) {
    props.namePinyin = text(cells.get('name_pinyin')) ?? (nameZh !== null && isChinese(nameZh) ? pinyinOf(nameZh) : null);
  }
  if (cells.has('id_number')) {
    const idNumber = text(cells.get('id_number'));
    if (idNumber !== null && !ctx.idHashSalt) {
      record.problems.push(error(row.line, 'id_number', 'ID numbers are only kept as a salted hash: set ID_HASH_SALT (or drop the column)'));
    }
    props.idNumberHash = idNumber !== null && ctx.idHashSalt ? hashIdNumber(idNumber, ctx.idHashSalt) : null;
  }
  cells.put(props, 'sourceUrl', 'source_url', text);
  record.nodes.push({ kind: NodeKind.Person, id: localId(ctx, id), props });
  return record;
}
