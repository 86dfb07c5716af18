/**
 * Sanction trace: the subject's active listings → lists → documents → measures → implementing
 * agencies → bearers, left to right (dagre). A measure picked on the canvas or in the table shows
 * its chain and legal basis and is highlighted; measures resting on less than law or
 * administrative regulation carry a dashed red outline. The measures table exports as CSV. The
 * chain cites each rule's articles and conditions; below it, who bears the measure (a reverse view);
 * an agency picked under "by implementing agency" shows what it must enforce; what the reform ended
 * is listed under "no longer applies"; the legal-basis audit opens on demand.
 */
import { useEffect, useMemo, useRef } from 'react';
import { SanctionTraceDocument, type SanctionTraceQuery } from '../api/generated.ts';
import { Citations } from '../components/Citations.tsx';
import { DataTable, type TableColumn } from '../components/DataTable.tsx';
import { NodeButton } from '../components/NodeButton.tsx';
import { Empty, ErrorMessage, Loading } from '../components/Status.tsx';
import { articleText, formatPeriod } from '../format.ts';
import { basisName, bearerList, conditionWording, modeName, t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';
import { useQuery } from '../state/useQuery.ts';
import type { ModePanelProps } from './index.ts';
import { LegalBasisAudit } from './LegalBasisAudit.tsx';
import { NeedSubject } from './NeedSubject.tsx';
import { NoLongerApplies } from './NoLongerApplies.tsx';
import { AgencyObligationsView, MeasureBearersView } from './ReverseViews.tsx';
import { belowLawMeasures, chainOf, selectedMeasure } from './traceLogic.ts';

type Trace = SanctionTraceQuery['sanctionTrace'];
type TracedMeasure = Trace['measures'][number];
type Named = { id: string; label: string; nameEn?: string | null };

const nameOf = (lang: Lang, ref: Named) => (lang === 'en' && ref.nameEn ? ref.nameEn : ref.label);
const namesOf = (lang: Lang, refs: readonly Named[]) => refs.map((ref) => nameOf(lang, ref)).join(lang === 'zh' ? '、' : ', ');
const documentName = (document: { docNumber: string | null; label: string }) => document.docNumber ?? document.label;
const citationsText = (lang: Lang, citations: TracedMeasure['citations']) =>
  citations.map((c) => `${c.document?.docNumber ?? c.docNumber ?? c.document?.label ?? c.title ?? ''} ${articleText(lang, c.article) ?? t(lang, 'articleNotCaptured')}`).join('; ');
/** Conditions with a code are decided on the data or left open (conditional); without one they are the rule's wording. */
function conditionText(lang: Lang, measure: TracedMeasure): string {
  if (measure.conditional) return t(lang, 'conditionOpen');
  if (measure.conditions.some((condition) => condition.code)) return t(lang, 'conditionDecided');
  return t(lang, measure.conditions.length > 0 ? 'conditionAsWritten' : 'noCondition');
}
const bearersText = (lang: Lang, measure: TracedMeasure) => bearerList(lang, measure.bearers.map((bearer) => ({ name: nameOf(lang, bearer.party), roles: bearer.roles })));

export function TracePanel({ route, lang, showView, decorate, select, selected }: ModePanelProps) {
  const state = useQuery(SanctionTraceDocument, route.subject ? { subject: route.subject, asOf: route.date } : null);
  const trace = state.status === 'done' ? state.data.sanctionTrace : null;
  const flagged = useMemo(() => belowLawMeasures(trace?.measures ?? []), [trace]);
  const picked = trace ? selectedMeasure(trace.measures, selected) : null;
  const chain = useMemo(() => (trace && picked ? chainOf(trace, picked) : null), [trace, picked]);
  const pickedAgency = trace?.byAgency.some((count) => count.agency.id === selected) ? selected : null;

  // A measure picked in an earlier trace is let go when the new trace (another date) no longer has it,
  // so its profile does not stay open beside a trace that says nothing applies.
  const lastPicked = useRef<string | null>(null);
  useEffect(() => {
    if (!trace) return;
    if (picked) lastPicked.current = picked;
    else if (lastPicked.current !== null && selected === lastPicked.current) {
      lastPicked.current = null;
      select(null);
    }
  }, [trace, picked, selected, select]);

  useEffect(() => {
    if (trace)
      showView(trace.view, {
        highlighted: new Set(route.subject ? [route.subject] : []),
        flagged,
      });
  }, [trace, flagged, showView, route.subject]);
  useEffect(() => {
    if (trace)
      decorate({
        highlighted: chain?.nodeIds ?? new Set(route.subject ? [route.subject] : []),
        flagged,
      });
  }, [chain, trace, flagged, decorate, route.subject]);

  if (!route.subject) return <NeedSubject lang={lang} showView={showView} text={t(lang, 'pickSubject')} />;
  if (state.status === 'error') return <ErrorMessage lang={lang} error={state.error} />;
  if (!trace) return <Loading lang={lang} />;

  const columns: TableColumn<TracedMeasure>[] = [
    {
      header: t(lang, 'measures'),
      value: (m) => nameOf(lang, m.measure),
      render: (m) => (
        <>
          {nameOf(lang, m.measure)}
          {m.conditional && <div className="sub conditional">⚠ {t(lang, 'conditionOpen')}</div>}
        </>
      ),
    },
    {
      header: t(lang, 'implementedBy'),
      value: (m) => namesOf(lang, m.agencies),
    },
    {
      header: t(lang, 'legalBasis'),
      value: (m) => `${basisName(lang, m.basisLevel)}${m.belowLawOrRegulation ? ` — ${t(lang, 'flagged')}` : ''}`,
      render: (m) => (
        <span className="chain">
          {basisName(lang, m.basisLevel)}
          {m.belowLawOrRegulation && <span className="flag"> ⚑ {t(lang, 'flagged')}</span>}
        </span>
      ),
    },
    {
      header: t(lang, 'documents'),
      value: (m) => m.documents.map(documentName).join('; '),
      csvOnly: true,
    },
    {
      header: t(lang, 'citations'),
      value: (m) => citationsText(lang, m.citations),
      csvOnly: true,
    },
    {
      header: t(lang, 'conditions'),
      value: (m) => conditionText(lang, m),
      csvOnly: true,
    },
    { header: t(lang, 'bearers'), value: (m) => bearersText(lang, m) },
  ];

  return (
    <section className="panel trace-panel">
      <h2>
        {modeName(lang, 'trace')}: {nameOf(lang, trace.subject)}
      </h2>
      <p className="sub">{t(lang, 'traceIntro')}</p>
      <p>
        {t(lang, 'asOf')} <strong>{trace.asOf}</strong>
      </p>
      <h3>{t(lang, 'listings')}</h3>
      {trace.listings.length === 0 ? (
        <Empty lang={lang} text={t(lang, 'traceNothing')} />
      ) : (
        <ul className="trace-listings">
          {trace.listings.map((entry) => (
            <li key={entry.listing.id}>
              <NodeButton node={entry.list} lang={lang} onOpen={select} /> {formatPeriod(entry.listing.from, entry.listing.until)}
              {entry.subject.id !== trace.subject.id && <> · {entry.subject.label}</>}
              {entry.decidedBy && (
                <span className="sub">
                  {' '}
                  · {t(lang, 'decidedBy')}: {nameOf(lang, entry.decidedBy)}
                </span>
              )}
              {entry.listing.caseNumber && <span className="sub"> · {entry.listing.caseNumber}</span>}
            </li>
          ))}
        </ul>
      )}
      {trace.measures.length > 0 && (
        <>
          {chain ? (
            <>
              <ChainCard chain={chain.measure} listings={chain.listings} lang={lang} onOpen={select} />
              <MeasureBearersView measure={chain.measure.measure} asOf={trace.asOf} lang={lang} onOpen={select} />
            </>
          ) : (
            <p className="hint-box">{t(lang, 'pickMeasure')}</p>
          )}
          <h3>
            {t(lang, 'measures')} ({trace.measures.length})
          </h3>
          <DataTable
            lang={lang}
            rows={trace.measures}
            columns={columns}
            rowKey={(m) => m.measure.id}
            fileStem={`trace-${route.subject}-${trace.asOf}`}
            onRowClick={(m) => select(m.measure.id)}
            selectedKey={picked}
            rowData={(m) => ({ 'data-measure': m.measure.id })}
          />
          <h3>{t(lang, 'byAgency')}</h3>
          <ul className="by-agency">
            {trace.byAgency.map((count) => (
              <li key={count.agency.id} aria-selected={count.agency.id === pickedAgency}>
                <NodeButton node={count.agency} lang={lang} onOpen={select} /> {count.measures}
              </li>
            ))}
          </ul>
          {pickedAgency ? <AgencyObligationsView agency={pickedAgency} asOf={trace.asOf} lang={lang} onOpen={select} /> : <p className="hint-box">{t(lang, 'mustEnforceIntro')}</p>}
        </>
      )}
      <NoLongerApplies entries={trace.notApplicable} lang={lang} onOpen={select} />
      <LegalBasisAudit asOf={trace.asOf} lang={lang} onOpen={select} />
    </section>
  );
}

/** One measure's chain: listings → lists → documents (with their rank) → measure → agencies → bearers. */
function ChainCard({ chain, listings, lang, onOpen }: { chain: TracedMeasure; listings: Trace['listings']; lang: Lang; onOpen(id: string): void }) {
  const zh = lang === 'zh';
  return (
    <section className="chain-card" aria-label={t(lang, 'chain')}>
      <h3>
        {t(lang, 'chain')}: {nameOf(lang, chain.measure)}
      </h3>
      <ol className="chain-steps">
        <li>
          <span className="step">{t(lang, 'listings')}</span>
          {listings.map((entry) => `${entry.listing.caseNumber ?? entry.listing.label} (${formatPeriod(entry.listing.from, entry.listing.until)})`).join('; ') || '—'}
        </li>
        <li>
          <span className="step">{t(lang, 'list')}</span>
          {chain.lists.map((list) => (
            <NodeButton key={list.id} node={list} lang={lang} onOpen={onOpen} />
          ))}
        </li>
        <li>
          <span className="step">{t(lang, 'documents')}</span>
          <ul>
            {chain.documents.map((document) => (
              <li key={document.id}>
                <NodeButton node={{ ...document, label: documentName(document), nameEn: document.docNumber ? null : document.nameEn }} lang={lang} onOpen={onOpen} />{' '}
                {basisName(lang, document.documentType)}
                <div className="sub">{nameOf(lang, document)}</div>
              </li>
            ))}
          </ul>
        </li>
        <li>
          <span className="step">{t(lang, 'measures')}</span>
          <NodeButton node={chain.measure} lang={lang} onOpen={onOpen} />
        </li>
        <li>
          <span className="step">{t(lang, 'implementedBy')}</span>
          {chain.agencies.map((agency) => (
            <NodeButton key={agency.id} node={agency} lang={lang} onOpen={onOpen} />
          ))}
        </li>
        <li>
          <span className="step">{t(lang, 'bearers')}</span>
          {bearersText(lang, chain)}
        </li>
      </ol>
      <h4>{t(lang, 'citations')}</h4>
      <Citations citations={chain.citations} lang={lang} onOpen={onOpen} />
      <h4>{t(lang, 'conditions')}</h4>
      <p
        className={chain.conditional ? 'conditional' : undefined}
        data-condition-status={chain.conditional ? 'conditional' : chain.conditions.some((condition) => condition.code) ? 'decided' : 'none'}
      >
        {conditionText(lang, chain)}
      </p>
      {chain.conditions.length > 0 && (
        <ul className="conditions">
          {chain.conditions.map((condition) => (
            <li key={`${condition.code}-${condition.text}`}>
              {condition.code && <code>{condition.code}</code>} {conditionWording(lang, condition)}
            </li>
          ))}
        </ul>
      )}
      <p>
        <strong>{t(lang, 'legalBasis')}:</strong> {basisName(lang, chain.basisLevel)}
        {chain.inBasicList && <span className="sub"> · {zh ? '列入全国基础清单' : 'in the national basic list'}</span>}
      </p>
      {chain.belowLawOrRegulation && <p className="flag">⚑ {t(lang, 'belowLaw')}</p>}
    </section>
  );
}
