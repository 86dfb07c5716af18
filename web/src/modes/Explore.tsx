/**
 * Explore: without a subject, the SCS machinery itself — agencies (by level) maintaining lists,
 * the memoranda and measures a listing triggers, the agencies implementing the measures — read left
 * to right, with the demo story's subjects as starting points; with a subject, its neighbourhood at
 * the as-of date, expandable by double-click.
 */
import { useEffect, useMemo, useRef } from 'react';
import { NeighborhoodDocument, SystemOverviewDocument } from '../api/generated.ts';
import { Empty, ErrorMessage, Loading } from '../components/Status.tsx';
import { modeName, t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';
import { useQuery } from '../state/useQuery.ts';
import type { ModePanelProps } from './index.ts';
import { demoStartingPoints, systemStartingPoints, type StartingPoint } from './startingPoints.ts';
import { levelName, systemView } from './systemView.ts';

export function ExplorePanel(props: ModePanelProps) {
  return props.route.subject ? <SubjectNeighbourhood {...props} subject={props.route.subject} /> : <SystemOverview {...props} />;
}

/** The heart of the machinery, where the first screen starts when the whole does not fit readably. */
const systemFocus = 'spc_dishonest_judgment_debtors';

function SystemOverview({ route, lang, navigate, showView, decorate, open, select }: ModePanelProps) {
  const state = useQuery(SystemOverviewDocument, { asOf: route.date });
  const overview = useMemo(() => (state.status === 'done' ? systemView(state.data.stats.lists, lang) : null), [state, lang]);
  const view = overview?.view;
  useEffect(() => {
    if (view) showView(view, { focus: systemFocus });
  }, [view, showView]);
  useEffect(() => {
    if (overview) decorate({ tips: overview.tips, focus: systemFocus });
  }, [overview, decorate]);
  const zh = lang === 'zh';
  return (
    <section className="panel">
      <h2>{t(lang, 'appTitle')}</h2>
      <p>{t(lang, 'systemIntro')}</p>
      {state.status === 'loading' && <Loading lang={lang} />}
      {state.status === 'error' && <ErrorMessage lang={lang} error={state.error} />}
      {overview && (
        <p className="sub system-counts">
          {zh
            ? `${overview.counts.agencies} 个机关（${overview.agenciesByLevel.map((entry) => `${levelName(lang, entry.level)} ${entry.count}`).join('，')}）· ${overview.counts.lists} 份名单 · ${overview.counts.documents} 份由名单触发的文件 · ${overview.counts.measures} 项措施。从左到右：维护机关 → 名单 → 备忘录 → 措施 → 实施机关。`
            : `${overview.counts.agencies} agencies (${overview.agenciesByLevel.map((entry) => `${entry.count} ${levelName(lang, entry.level)}`).join(', ')}) · ${overview.counts.lists} lists · ${overview.counts.documents} documents a listing triggers · ${overview.counts.measures} measures. Left to right: maintaining agency → list → memorandum → measure → implementing agency.`}
        </p>
      )}
      <h3>{t(lang, 'startingPoints')}</h3>
      <StartingPoints
        points={demoStartingPoints}
        lang={lang}
        onOpen={(point) => {
          select(point.id);
          navigate({ mode: point.mode, subject: point.id, target: point.target ?? null });
        }}
      />
      <h3>{t(lang, 'theMachinery')}</h3>
      <StartingPoints points={systemStartingPoints} lang={lang} onOpen={(point) => open(point.id, point.mode)} />
    </section>
  );
}

function SubjectNeighbourhood({ route, lang, showView, select, selected, subject }: ModePanelProps & { subject: string }) {
  // A deep link opens with the subject's profile, as a search pick does (once per subject: closing it stays closed).
  const profiled = useRef<string | null>(null);
  useEffect(() => {
    if (profiled.current === subject) return;
    profiled.current = subject;
    if (selected === null) select(subject);
  }, [subject, selected, select]);
  const state = useQuery(NeighborhoodDocument, { id: subject, hops: route.hops ?? 1, limit: 200, perNode: 50, asOf: route.date });
  useEffect(() => {
    if (state.status === 'done') showView(state.data.neighborhood, { highlighted: new Set([subject]) });
  }, [state, showView, subject]);
  const subjectNode = state.status === 'done' ? state.data.neighborhood.nodes.find((node) => node.id === subject) : undefined;

  return (
    <section className="panel">
      <h2>
        {modeName(lang, 'explore')}
        {subjectNode && `: ${lang === 'en' && subjectNode.labelEn ? subjectNode.labelEn : subjectNode.label}`}
      </h2>
      <p className="sub">{t(lang, 'exploreHelp')}</p>
      {state.status === 'loading' && <Loading lang={lang} />}
      {state.status === 'error' && <ErrorMessage lang={lang} error={state.error} />}
      {state.status === 'done' && state.data.neighborhood.nodes.length === 0 && <Empty lang={lang} />}
      {state.status === 'done' && state.data.neighborhood.truncated.length > 0 && (
        <p className="sub">
          {t(lang, 'truncatedNote')}
          {state.data.neighborhood.truncated.map((hub) => `+${hub.omitted}`).join(', ')}
        </p>
      )}
    </section>
  );
}

function StartingPoints({ points, lang, onOpen }: { points: readonly StartingPoint[]; lang: Lang; onOpen(point: StartingPoint): void }) {
  return (
    <ul className="starting-points">
      {points.map((point) => (
        <li key={`${point.mode}:${point.id}`}>
          <button type="button" className="starting-point" data-id={point.id} data-mode={point.mode} onClick={() => onOpen(point)}>
            <span className={`mode-chip ${point.mode}`}>{modeName(lang, point.mode)}</span> {point[lang]}
          </button>
        </li>
      ))}
    </ul>
  );
}
