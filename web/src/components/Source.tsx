import { codeName, sourceName, t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';

export interface ProvenanceLike {
  source: string | null;
  sourceUrl: string | null;
  recordedAt: string | null;
  confidence: string | null;
  sourceTitles: readonly string[];
  sourceUrls: readonly string[];
  /** Reference nodes: where the Chinese of their free texts comes from (source wording or translation). */
  textsZhOrigin?: string | null;
}

/** The provenance of one fact: a compact source link (all sources in the tooltip) and the confidence. */
export function Source({ provenance, lang }: { provenance: ProvenanceLike; lang: Lang }) {
  const url = provenance.sourceUrl ?? provenance.sourceUrls[0] ?? null;
  const titles = (provenance.sourceTitles.length ? provenance.sourceTitles : provenance.source ? [provenance.source] : []).map((title) => sourceName(lang, title));
  const colon = lang === 'zh' ? '：' : ': ';
  const tooltip = [...titles, provenance.recordedAt ? `${t(lang, 'recordedOn')} ${provenance.recordedAt}` : ''].filter(Boolean).join('\n');
  return (
    <span className="source" title={tooltip}>
      {url ? (
        <a href={url} target="_blank" rel="noreferrer">
          {t(lang, 'provenance')}
        </a>
      ) : (
        <span>{`${t(lang, 'provenance')}${colon}${provenance.source ? sourceName(lang, provenance.source) : '—'}`}</span>
      )}
      {lang === 'zh' && provenance.textsZhOrigin && <span className="zh-origin">{t(lang, provenance.textsZhOrigin === 'source' ? 'textsZhFromSource' : 'textsZhTranslated')}</span>}
      {provenance.confidence && <span className={`confidence ${provenance.confidence}`}>{`${t(lang, 'confidence')}${colon}${codeName(lang, provenance.confidence)}`}</span>}
    </span>
  );
}
