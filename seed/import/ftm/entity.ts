import { isObject } from '../jsonLines.ts';
import { error, type Problem } from '../problems.ts';

/**
 * A FollowTheMoney entity as found on one line: `{id, schema, properties: {prop: [string…]}}`, plus
 * the optional `caption`, `first_seen` and `datasets` of OpenSanctions exports.
 */
export interface FtmEntity {
  id: string;
  schema: string;
  caption: string | null;
  firstSeen: string | null;
  properties: Record<string, string[]>;
}

/** Checks an entity's shape; property values must be lists of strings (numbers are tolerated). */
export function toEntity(value: unknown, line: number, problems: Problem[]): FtmEntity | null {
  if (!isObject(value)) {
    problems.push(error(line, 'json', 'an FtM entity must be a JSON object'));
    return null;
  }
  const { id, schema, properties } = value;
  if (typeof id !== 'string' || id.trim() === '') problems.push(error(line, 'id', 'missing entity id'));
  if (typeof schema !== 'string' || schema === '') problems.push(error(line, 'schema', 'missing schema'));
  if (properties !== undefined && !isObject(properties)) problems.push(error(line, 'properties', 'must be an object of lists'));
  if (typeof id !== 'string' || id.trim() === '' || typeof schema !== 'string' || schema === '' || (properties !== undefined && !isObject(properties))) return null;
  const clean: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(properties ?? {})) {
    const list = Array.isArray(values) ? values : [values];
    if (!list.every((v) => typeof v === 'string' || typeof v === 'number')) {
      problems.push(error(line, `properties.${name}`, 'values must be strings'));
      continue;
    }
    clean[name] = list.map((v) => String(v).trim()).filter((v) => v !== '');
  }
  return {
    id: id.trim(),
    schema,
    caption: typeof value.caption === 'string' ? value.caption : null,
    firstSeen: typeof value.first_seen === 'string' ? value.first_seen : null,
    properties: clean,
  };
}

export const first = (entity: FtmEntity, property: string): string | undefined => entity.properties[property]?.[0];
export const all = (entity: FtmEntity, property: string): string[] => entity.properties[property] ?? [];
