import { sharePercent as percent } from '../domain/share.ts';
import type { PathEdge, PathNode, TypedPath } from './typedPath.ts';

/**
 * A path as an English sentence, for the plain-text outputs that are not the explorer: the screening
 * CSV, the monitoring CSV and Atom feed, the credit report. The API carries the path's nodes and
 * edges only (docs/decisions/0007-numbers-and-codes-out.md); the explorer words them in the reader's
 * language (web/src/modes/pathLogic.ts).
 */

const roleWords = (role: string | null) => (role ?? 'officer').replaceAll('_', ' ');

/** One step in words, seen from the node the walk is at (`here`) towards the next one. */
function stepInWords(edge: PathEdge, here: string, next: PathNode): string {
  const forward = edge.from === here;
  const name = next.name ?? next.id;
  const share = edge.fraction === null ? '' : ` ${percent(edge.fraction)}`;
  switch (edge.type) {
    case 'SHAREHOLDER_OF':
      return forward ? `holds${share} of ${name}` : `is held${share} by ${name}`;
    case 'LEGAL_REPRESENTATIVE_OF':
      return forward ? `is legal representative of ${name}` : `has legal representative ${name}`;
    case 'OFFICER_OF':
      return forward ? `is ${roleWords(edge.role)} of ${name}` : `has ${roleWords(edge.role)} ${name}`;
    case 'BRANCH_OF':
      return forward ? `is a branch of ${name}` : `has branch ${name}`;
    default:
      return forward ? `${edge.type} ${name}` : `← ${edge.type} ${name}`;
  }
}

/** The path as a sentence: "A is held 60% by B, which is held 70% by C". */
export function pathInWords(path: TypedPath): string {
  const [first] = path.nodes;
  if (!first) return '';
  const steps = path.edges.map((edge, i) => stepInWords(edge, path.nodes[i]!.id, path.nodes[i + 1]!));
  return `${first.name ?? first.id} ${steps.join(', which ')}`;
}
