import { kindLook } from '../graph/kinds.ts';
import type { Lang } from '../state/route.ts';

export interface NodeButtonRef {
  id: string;
  kind: string;
  label: string;
  nameEn?: string | null;
}

/** A node named in a panel: a button with its kind's colour that opens (selects) it. */
export function NodeButton({ node, lang, onOpen }: { node: NodeButtonRef; lang: Lang; onOpen(id: string): void }) {
  return (
    <button type="button" className="node-link" data-id={node.id} onClick={() => onOpen(node.id)} style={{ borderColor: kindLook(node.kind).colour }}>
      {lang === 'en' && node.nameEn ? node.nameEn : node.label}
    </button>
  );
}
