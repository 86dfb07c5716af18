/**
 * Article-level citations of a measure's rules: the document's number, its title and the article as
 * the source numbers it (第44条 / art. 44; "一(二)" for a policy text's sections).
 */
import { articleText } from '../format.ts';
import { t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';
import { NodeButton } from './NodeButton.tsx';

export interface CitationLike {
  document: {
    id: string;
    kind: string;
    label: string;
    nameEn?: string | null;
    docNumber: string | null;
  } | null;
  docNumber: string | null;
  title: string | null;
  article: string | null;
}

/** Citations of one document together: its number and title once, then its articles. */
function byDocument(citations: readonly CitationLike[]): CitationLike[][] {
  const groups = new Map<string, CitationLike[]>();
  for (const citation of citations) {
    const key = citation.document?.id ?? citation.docNumber ?? citation.title ?? '';
    groups.set(key, [...(groups.get(key) ?? []), citation]);
  }
  return [...groups.values()];
}

export function Citations({ citations, lang, onOpen }: { citations: readonly CitationLike[]; lang: Lang; onOpen(id: string): void }) {
  return (
    <ul className="citations">
      {byDocument(citations).map((group) => {
        const [first] = group as [CitationLike, ...CitationLike[]];
        const number = first.document?.docNumber ?? first.docNumber;
        const title = first.document ? (lang === 'en' && first.document.nameEn ? first.document.nameEn : first.document.label) : first.title;
        const articles = group.map((citation) => articleText(lang, citation.article)).filter((article): article is string => article !== null);
        return (
          <li key={first.document?.id ?? number ?? title} className="citation">
            {first.document ? (
              <NodeButton
                node={{
                  ...first.document,
                  label: number ?? first.document.label,
                  nameEn: number ? null : first.document.nameEn,
                }}
                lang={lang}
                onOpen={onOpen}
              />
            ) : (
              <strong>{number ?? title}</strong>
            )}
            {title && title !== number && <span className="citation-title"> {lang === 'zh' ? `《${title}》` : title}</span>}
            <span className={articles.length > 0 ? 'citation-article' : 'sub'}>
              {' '}
              {articles.length > 0 ? articles.join(lang === 'zh' ? '；' : '; ') : t(lang, 'articleNotCaptured')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
