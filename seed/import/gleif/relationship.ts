import { leiProblem } from '../../../graph/domain/lei.ts';
import type { MapContext } from '../context.ts';
import { sourceOf } from '../context.ts';
import { error, type Problem } from '../problems.ts';
import { consolidationTypes, groupsRead, rr } from './columns.ts';
import type { Row } from './entity.ts';

/**
 * One level-2 relationship record → a consolidation link between two LEIs (child consolidated by
 * parent), or nothing for the relationship types not imported (fund and branch links). The ends are
 * LEIs; the importer finds the companies that carry them.
 */

export interface Consolidation {
  childLei: string;
  parentLei: string;
  level: 'direct' | 'ultimate';
  props: { level: 'direct' | 'ultimate'; status: string | null; from: string | null; until: string | null; source: string; sourceId: string };
}

export type MappedRelationship = { kind: 'consolidation'; link: Consolidation } | { kind: 'skipped'; type: string } | { kind: 'problem'; problem: Problem };

/** The relationship period (not the accounting or document period) dates the link. */
function period(row: Row): { from: string | null; until: string | null } {
  for (let n = 1; n <= groupsRead; n++) {
    if (row[rr.periodType(n)] === 'RELATIONSHIP_PERIOD') {
      const date = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);
      return { from: date(row[rr.periodStart(n)]), until: date(row[rr.periodEnd(n)]) };
    }
  }
  return { from: null, until: null };
}

export function mapRelationship(row: Row, line: number, ctx: MapContext): MappedRelationship {
  const type = (row[rr.type] ?? '').trim();
  const level = consolidationTypes[type];
  if (!level) return { kind: 'skipped', type: type || 'no type' };
  for (const [column, typeColumn] of [[rr.child, rr.childType], [rr.parent, rr.parentType]] as const) {
    if ((row[typeColumn] || 'LEI') !== 'LEI') return { kind: 'skipped', type: `${type} to ${row[typeColumn]}` };
    const bad = leiProblem(row[column] ?? '');
    if (bad) return { kind: 'problem', problem: error(line, column, bad) };
  }
  const childLei = row[rr.child]!.trim().toUpperCase();
  const parentLei = row[rr.parent]!.trim().toUpperCase();
  const { from, until } = period(row);
  return {
    kind: 'consolidation',
    link: { childLei, parentLei, level, props: { level, status: row[rr.status] || null, from, until, source: sourceOf(ctx, line), sourceId: `${childLei}>${type}>${parentLei}` } },
  };
}
