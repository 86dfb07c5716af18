import { createHash } from 'node:crypto';
import { listOriginOf } from '../../../graph/domain/foreignSanctions.ts';
import { NodeKind } from '../../../graph/model.ts';
import { sourceOf, type MapContext } from '../context.ts';
import type { NodeFact } from '../facts.ts';
import { first, type FtmEntity } from './entity.ts';

/**
 * The CreditList an FtM Sanction is on: one per (authority, program), e.g. "Office of Foreign Assets
 * Control — RUSSIA-EO14024". Foreign authorities are not SCS agencies, so they stay text on the
 * list (`authority`) rather than becoming Agency nodes. The id hashes the pair, which may be in any
 * script: `ftm-list-<12 hex>`.
 */
export function creditListFor(entity: FtmEntity, ctx: MapContext, line: number): NodeFact {
  const authority = first(entity, 'authority') ?? 'unknown authority';
  const program = first(entity, 'program') ?? first(entity, 'programId') ?? null;
  const key = createHash('sha256').update(`${authority}\u0000${program ?? ''}`).digest('hex').slice(0, 12);
  return {
    kind: NodeKind.CreditList,
    id: `${ctx.namespace}ftm-list-${key}`,
    shared: true,
    props: {
      nameEn: program ? `${authority} — ${program}` : authority,
      kind: 'blacklist',
      // OFAC, EU, UK … lists are foreign sanctions beside the Chinese lists (graph/domain/foreignSanctions.ts).
      origin: listOriginOf(first(entity, 'country') ?? null, authority),
      authority,
      program,
      programId: first(entity, 'programId') ?? null,
      sourceUrl: first(entity, 'programUrl') ?? null,
      source: sourceOf(ctx, line),
    },
  };
}
