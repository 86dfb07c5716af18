import type { ImportRecord } from './facts.ts';
import { warning } from './problems.ts';

/** NUL and the other C0 control characters but tab and line breaks: never part of a name or a value. */
const controlClass = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]';
const hasControl = new RegExp(controlClass);
const controls = new RegExp(controlClass, 'g');
/** Without its control characters; a space left doubled by the removal (pinyin spaces every character) is single again. */
const clean = (text: string): string => text.replace(new RegExp(` ?${controlClass} ?`, 'g'), (match) => (match.length > 2 ? ' ' : match.replace(controls, '')));

/**
 * Removes control characters from every text property of the records' facts (a NUL in a name breaks
 * search, exports and terminals), with a warning naming the properties, whatever the format.
 */
export function stripControlCharacters(records: ImportRecord[]): void {
  for (const record of records) {
    const cleaned: string[] = [];
    for (const fact of [...record.nodes, ...record.rels]) {
      for (const [key, value] of Object.entries(fact.props)) {
        if (typeof value === 'string' && hasControl.test(value)) {
          fact.props[key] = clean(value);
          cleaned.push(key);
        } else if (Array.isArray(value) && value.some((item) => typeof item === 'string' && hasControl.test(item))) {
          fact.props[key] = value.map((item) => (typeof item === 'string' ? clean(item) : item));
          cleaned.push(key);
        }
      }
    }
    // One warning per record: values derived from a dirty one (pinyin from the name) were dirty too.
    if (cleaned.length > 0) record.problems.push(warning(record.line, cleaned[0]!, `control characters (such as NUL) removed from ${[...new Set(cleaned)].join(', ')}`));
  }
}
