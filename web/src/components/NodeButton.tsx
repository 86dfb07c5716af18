import { kindLook } from '../graph/kinds.ts';
import type { Lang } from '../state/route.ts';

export interface NodeButtonRef {
  id: string;
  kind: string;
  label: string;
  /** The English name the API gives every node (nameEn, pinyin or a company's pinyin-English rendering). */
  labelEn?: string | null;
  nameEn?: string | null;
}

/** A node's name in the interface's language: in English its English name where there is one. */
export function nodeName(lang: Lang, node: Pick<NodeButtonRef, 'label' | 'labelEn' | 'nameEn'>): string {
  return (lang === 'en' && (node.labelEn || node.nameEn)) || node.label;
}

/** A party as answers name it (LinkedParty: the name may be missing) as a button's node. */
export function partyRef(party: { id: string; kind: string; name: string | null; labelEn?: string | null }): NodeButtonRef {
  return { id: party.id, kind: party.kind, label: party.name ?? party.id, labelEn: party.labelEn };
}

/** A party's name (LinkedParty) in the interface's language. */
export function partyName(lang: Lang, party: { id: string; kind: string; name: string | null; labelEn?: string | null }): string {
  return nodeName(lang, partyRef(party));
}

/** A node named in a panel: a button with its kind's colour that opens (selects) it. */
export function NodeButton({ node, lang, onOpen }: { node: NodeButtonRef; lang: Lang; onOpen(id: string): void }) {
  return (
    <button type="button" className="node-link" data-id={node.id} onClick={() => onOpen(node.id)} style={{ borderColor: kindLook(node.kind).colour }}>
      {nodeName(lang, node)}
    </button>
  );
}
