/**
 * Exposure: the subject in the centre, every party within N links that is on a blacklist at the
 * date on the ring of its hop distance, the picked hit's path highlighted (the strongest hit's by
 * default), the score terms on hover. The hits table exports as CSV.
 */
import { useEffect, useMemo } from 'react';
import { ExposureDocument, type ExposureQuery } from '../api/generated.ts';
import { DataTable, type TableColumn } from '../components/DataTable.tsx';
import { HopsControl } from '../components/HopsControl.tsx';
import { NodeButton, nodeName, partyRef } from '../components/NodeButton.tsx';
import { Empty, ErrorMessage, Loading } from '../components/Status.tsx';
import { formatShare } from '../format.ts';
import { modeName, t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';
import { useQuery } from '../state/useQuery.ts';
import type { ModePanelProps } from './index.ts';
import { NeedSubject } from './NeedSubject.tsx';
import { hopRings, pathNodeIds, pathWords, scoreTip } from './pathLogic.ts';
import { scoreFormula, termExplanation, termName } from '../scoreWords.ts';

type Exposure = ExposureQuery['exposure'];
type Hit = Exposure['hits'][number];
type Listing = Exposure['subjectListings'][number];

export const defaultExposureHops = 3;

const listNames = (lang: Lang, listings: readonly Listing[]) => listings.map((listing) => (lang === 'en' && listing.listNameEn ? listing.listNameEn : listing.listName) ?? listing.listId).join('; ');

export function ExposurePanel(props: ModePanelProps) {
  const { route, lang, navigate, showView, decorate, select, selected } = props;
  const hops = route.hops ?? defaultExposureHops;
  const state = useQuery(ExposureDocument, route.subject ? { subject: route.subject, maxHops: hops, asOf: route.date, first: 100 } : null);
  const exposure = state.status === 'done' ? state.data.exposure : null;

  const rings = useMemo(() => (exposure ? hopRings(exposure.subject.id, exposure.hits.flatMap((hit) => hit.paths)) : null), [exposure]);
  const tips = useMemo(() => {
    const texts = new Map(exposure?.hits.map((hit) => [hit.party.id, scoreTip(hit, lang)]) ?? []);
    for (const [id, ring] of rings ?? []) if (!texts.has(id)) texts.set(id, lang === 'zh' ? `距主体 ${ring} 跳` : `${ring} hop${ring === 1 ? '' : 's'} from the subject`);
    return texts;
  }, [exposure, rings, lang]);
  const picked = exposure?.hits.find((hit) => hit.party.id === selected) ?? exposure?.hits[0] ?? null;
  const highlighted = useMemo(() => {
    const ids = pathNodeIds(picked?.paths[0]);
    if (exposure) ids.add(exposure.subject.id);
    return ids;
  }, [picked, exposure]);

  useEffect(() => {
    if (exposure && rings) showView(exposure.view, { rings });
  }, [exposure, rings, showView]);
  useEffect(() => {
    if (rings) decorate({ rings, tips, highlighted });
  }, [rings, tips, highlighted, decorate]);

  if (!route.subject) return <NeedSubject lang={lang} showView={showView} text={t(lang, 'pickSubject')} />;
  const zh = lang === 'zh';
  const columns: TableColumn<Hit>[] = [
    { header: zh ? '命中主体' : 'Listed party', value: (hit) => nodeName(lang, partyRef(hit.party)) },
    { header: 'USCC / id', value: (hit) => hit.party.id, csvOnly: true },
    { header: t(lang, 'hops'), value: (hit) => hit.hops },
    { header: t(lang, 'score'), value: (hit) => hit.score, render: (hit) => <span className={`score s${Math.min(9, Math.floor(hit.score / 10))}`}>{hit.score}</span> },
    { header: t(lang, 'list'), value: (hit) => listNames(lang, hit.listings) },
    { header: t(lang, 'path'), value: (hit) => (hit.paths[0] ? pathWords(hit.paths[0], lang) : ''), csvOnly: true },
    { header: zh ? '路径数' : 'Paths', value: (hit) => hit.pathCount, csvOnly: true },
    { header: zh ? '穿透持股' : 'Integrated ownership', value: (hit) => (hit.integratedOwnership ? `${formatShare(hit.integratedOwnership.share)} ${hit.integratedOwnership.direction}` : ''), csvOnly: true },
    { header: zh ? '评分项' : 'Score terms', value: (hit) => hit.terms.map((term) => `${termName(lang, term.name)}=${term.value}: ${termExplanation(lang, term)}`).join('; '), csvOnly: true },
  ];

  return (
    <section className="panel exposure-panel">
      <h2>
        {modeName(lang, 'exposure')}
        {exposure && `: ${nodeName(lang, partyRef(exposure.subject))}`}
      </h2>
      <p className="sub">{t(lang, 'exposureIntro')}</p>
      <HopsControl lang={lang} label={t(lang, 'hops')} value={hops} max={6} onChange={(value) => navigate({ hops: value })} />
      {state.status === 'error' && <ErrorMessage lang={lang} error={state.error} />}
      {(state.status === 'loading' || state.status === 'idle') && <Loading lang={lang} />}
      {exposure && (
        <>
          <p>
            {t(lang, 'asOf')} <strong>{exposure.asOf}</strong> ·{' '}
            {zh ? `${exposure.maxHops} 跳内命中 ${exposure.totalHits} 个` : `${exposure.totalHits} hit${exposure.totalHits === 1 ? '' : 's'} within ${exposure.maxHops} links`}
            {exposure.hitsCapped && (zh ? '（已达上限，仅评分最近的 1000 个）' : ' (capped: the nearest 1,000 were scored)')}
          </p>
          {exposure.subjectListings.length > 0 && (
            <p className="flag">
              ⚠ {zh ? '主体本身在名单上：' : 'The subject itself is listed: '}
              {listNames(lang, exposure.subjectListings)}
            </p>
          )}
          {exposure.inherited?.inherited && (
            <p className="flag">
              {zh
                ? `股权继承的名单效力：被名单主体合计持有 ${formatShare(exposure.inherited.share)}（阈值 ${formatShare(exposure.inherited.threshold)}）`
                : `Ownership-inherited listing: ${formatShare(exposure.inherited.share)} held by listed parties (threshold ${formatShare(exposure.inherited.threshold)})`}
            </p>
          )}
          {exposure.hits.length === 0 ? (
            <Empty lang={lang} text={t(lang, 'noHits')} />
          ) : (
            <>
              {picked && <HitCard hit={picked} lang={lang} onOpen={select} />}
              <h3>
                {t(lang, 'hits')} ({exposure.hits.length}
                {exposure.totalHits > exposure.hits.length ? ` / ${exposure.totalHits}` : ''})
              </h3>
              <DataTable
                lang={lang}
                rows={exposure.hits}
                columns={columns}
                rowKey={(hit) => hit.party.id}
                fileStem={`exposure-${exposure.subject.id}-${exposure.asOf}-${exposure.maxHops}hops`}
                onRowClick={(hit) => select(hit.party.id)}
                selectedKey={picked?.party.id ?? null}
                rowData={(hit) => ({ 'data-hit': hit.party.id })}
              />
            </>
          )}
          {exposure.hubs.length > 0 && (
            <p className="sub">
              {zh ? `未穿过的枢纽（关联超过 ${exposure.hubDegree} 个）：` : `Hubs not walked through (more than ${exposure.hubDegree} links): `}
              {exposure.hubs.map((hub) => `${nodeName(lang, partyRef(hub.party))} (${hub.degree})`).join(', ')}
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** The picked hit: its path in words (the strongest of its shortest paths), the score and its terms. */
function HitCard({ hit, lang, onOpen }: { hit: Hit; lang: Lang; onOpen(id: string): void }) {
  const zh = lang === 'zh';
  return (
    <section className="chain-card" aria-label={t(lang, 'path')}>
      {/* The name is data (Chinese where the graph has no English name), the heading is interface text. */}
      <p>
        <NodeButton node={partyRef(hit.party)} lang={lang} onOpen={onOpen} />
      </p>
      <h3>
        {t(lang, 'score')} {hit.score}
      </h3>
      {hit.paths[0] && <p>{pathWords(hit.paths[0], lang)}</p>}
      {hit.pathCount > 1 && <p className="sub">{zh ? `共 ${hit.pathCount} 条最短路径` : `${hit.pathCount} shortest paths`}</p>}
      <ul className="terms">
        {hit.terms.map((term, index) => (
          <li key={index}>
            <strong>{termName(lang, term.name)}</strong> = {Math.round(term.value * 1000) / 1000} — {termExplanation(lang, term)}
          </li>
        ))}
      </ul>
      <p className="sub">{scoreFormula(lang)}</p>
    </section>
  );
}
