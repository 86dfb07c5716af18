/**
 * Monitoring: the inbox of a watchlist — the change events since a date that touch a watched
 * subject or a related party, unread first marked, filterable by kind; each can be acknowledged,
 * and clicking one opens the sanction trace (listing and measure events, at the event's date) or
 * the watched subject's exposure (other events).
 */
import { useEffect, useState } from 'react';
import { request } from '../api/client.ts';
import { AcknowledgeDocument, ChangesDocument, ChangesExposureDocument, WatchlistsDocument, type ChangeKind, type ChangesQuery } from '../api/generated.ts';
import { humanError } from '../api/errors.ts';
import { DataTable, type TableColumn } from '../components/DataTable.tsx';
import { partyName } from '../components/NodeButton.tsx';
import { Empty, ErrorMessage, Loading } from '../components/Status.tsx';
import { emptyView } from '../graph/elements.ts';
import { changeKindName, changeKinds, modeName, t } from '../i18n.ts';
import { useQuery } from '../state/useQuery.ts';
import type { ModePanelProps } from './index.ts';
import { pathWords } from './pathLogic.ts';
import { changedParties, eventsView } from './monitoringView.ts';

type Event = ChangesQuery['changes']['nodes'][number];

/** Events about listings and measures open the trace; the rest open the watched subject's exposure. */
const traceKinds = new Set<string>(['listing_added', 'listing_ended', 'listing_repaired', 'listing_expired', 'abnormal_entry', 'abnormal_removal', 'measure_applying', 'document_effective', 'penalty']);
export const eventTarget = (event: Pick<Event, 'kind' | 'subject' | 'watched' | 'on'>) =>
  traceKinds.has(event.kind) ? { mode: 'trace' as const, subject: event.subject.id, date: event.on } : { mode: 'exposure' as const, subject: event.watched, date: event.on };

const daysBack = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

export function MonitoringPanel({ route, lang, navigate, showView }: ModePanelProps) {
  const lists = useQuery(WatchlistsDocument, {});
  const [since, setSince] = useState(daysBack(30));
  const [kind, setKind] = useState<ChangeKind | ''>('');
  const [unreadOnly, setUnreadOnly] = useState(false);
  // Acknowledged in this session: shown as read at once, without fetching the page again.
  const [acked, setAcked] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const zh = lang === 'zh';
  const watchlist = route.subject ?? (lists.status === 'done' ? (lists.data.watchlists[0]?.id ?? null) : null);
  const page = watchlist ? { watchlist, since, kinds: kind ? [kind] : null, unreadOnly, first: 100 } : null;
  const state = useQuery(ChangesDocument, page);
  // Exposure before/after walks the graph around each watched subject: asked beside the page, shown when it comes.
  const shown = state.status === 'done' && watchlist ? { watchlist, events: state.data.changes.nodes.map((e) => e.id) } : null;
  const exposureState = useQuery(ChangesExposureDocument, shown);
  const exposure = new Map(exposureState.status === 'done' ? exposureState.data.changeExposures.map((e) => [e.id, e]) : []);
  const exposureMove = (e: Event) => {
    const found = exposure.get(e.id);
    return found ? `${found.exposureBefore ?? '—'} → ${found.exposureAfter ?? '—'}` : exposureState.status === 'error' ? '—' : t(lang, 'loading');
  };
  const read = (e: Event) => e.acknowledged || acked.has(e.id);
  // Beside the inbox: the listed events' paths from the watched subjects to the changed parties (highlighted); until there are some, why the canvas is empty.
  const listed = state.status === 'done' ? state.data.changes.nodes : null;
  useEffect(() => {
    if (listed?.length) showView(eventsView(listed), { highlighted: changedParties(listed) });
    else showView(emptyView, { note: t(lang, listed ? 'noEventsCanvas' : 'monitoringIntro') });
  }, [showView, lang, listed]);

  const acknowledge = async (ids: string[]) => {
    if (!watchlist || ids.length === 0) return;
    try {
      await request(AcknowledgeDocument, { watchlist, events: ids });
      setProblem(null);
      setAcked((known) => new Set([...known, ...ids]));
    } catch (error) {
      setProblem(humanError(error, lang));
    }
  };
  const openEvent = (event: Event) => {
    const target = eventTarget(event);
    navigate({ mode: target.mode, subject: target.subject, target: null, date: target.date });
  };

  const measureNames = (measures: Event['measuresNowApplying']) => measures.map((m) => (lang === 'en' && m.nameEn ? m.nameEn : m.name)).join('; ');
  const columns: TableColumn<Event>[] = [
    { header: t(lang, 'date'), value: (e) => e.on },
    {
      header: t(lang, 'kind'),
      value: (e) => changeKindName(lang, e.kind),
      render: (e) => (
        <span className={`event-kind ${e.kind}`}>
          {!read(e) && <span className="unread-dot" title={t(lang, 'unread')} aria-label={t(lang, 'unread')}>● </span>}
          {changeKindName(lang, e.kind)}
        </span>
      ),
    },
    { header: t(lang, 'changedParty'), value: (e) => partyName(lang, e.subject) },
    { header: t(lang, 'path'), value: (e) => pathWords(e.path, lang), render: (e) => <span className="sub">{e.path.hops === 0 ? (zh ? '监控主体本身' : 'the watched subject') : e.path.nodes.map((n) => partyName(lang, n)).join(' → ')}</span> },
    { header: t(lang, 'whatChanged'), value: (e) => e.changes.map((c) => `${c.field}: ${c.before ?? '—'} → ${c.after ?? '—'}`).join('; '), csvOnly: true },
    {
      header: t(lang, 'measures'),
      value: (e) => `+${measureNames(e.measuresNowApplying)} −${measureNames(e.measuresNoLongerApplying)}`,
      render: (e) => (
        <span title={[measureNames(e.measuresNowApplying), measureNames(e.measuresNoLongerApplying)].filter(Boolean).join(' / ')}>
          {e.measuresNowApplying.length > 0 && <strong className="flag">+{e.measuresNowApplying.length}</strong>}
          {e.measuresNoLongerApplying.length > 0 && <span> −{e.measuresNoLongerApplying.length}</span>}
        </span>
      ),
    },
    { header: t(lang, 'exposureMove'), value: exposureMove },
    {
      header: '',
      value: () => '',
      render: (e) =>
        read(e) ? (
          ''
        ) : (
          <button type="button" className="ack" onClick={(click) => { click.stopPropagation(); void acknowledge([e.id]); }}>
            {t(lang, 'acknowledge')}
          </button>
        ),
    },
  ];

  const events = state.status === 'done' ? state.data.changes.nodes : [];
  const unread = state.status === 'done' ? state.data.changes.unreadCount - events.filter((e) => !e.acknowledged && acked.has(e.id)).length : 0;
  return (
    <section className="panel monitoring-panel">
      <h2>{modeName(lang, 'monitoring')}</h2>
      <p className="sub">{t(lang, 'monitoringIntro')}</p>
      {lists.status === 'loading' && <Loading lang={lang} />}
      {lists.status === 'error' && <ErrorMessage lang={lang} error={lists.error} />}
      {lists.status === 'done' && lists.data.watchlists.length === 0 && <Empty lang={lang} text={t(lang, 'noWatchlists')} />}
      {lists.status === 'done' && lists.data.watchlists.length > 0 && (
        <div className="monitoring-filters">
          <label>
            {t(lang, 'watchlist')}{' '}
            <select value={watchlist ?? ''} onChange={(event) => navigate({ subject: event.target.value })} aria-label={t(lang, 'watchlist')}>
              {lists.data.watchlists.map((list) => (
                <option key={list.id} value={list.id}>
                  {list.name} ({list.subjects.length} · {zh ? `深度 ${list.depth}` : `depth ${list.depth}`})
                </option>
              ))}
            </select>
          </label>
          <label>
            {t(lang, 'since')} <input type="date" value={since} onChange={(event) => event.target.value && setSince(event.target.value)} aria-label={t(lang, 'since')} />
          </label>
          <label>
            {t(lang, 'kind')}{' '}
            <select value={kind} onChange={(event) => setKind(event.target.value as ChangeKind | '')} aria-label={t(lang, 'kind')}>
              <option value="">{t(lang, 'allKinds')}</option>
              {changeKinds.map((value) => (
                <option key={value} value={value}>
                  {changeKindName(lang, value)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={unreadOnly} onChange={(event) => setUnreadOnly(event.target.checked)} /> {t(lang, 'unreadOnly')}
          </label>
        </div>
      )}
      {problem && (
        <div className="status error" role="alert">
          {problem}
        </div>
      )}
      {state.status === 'loading' && <Loading lang={lang} />}
      {state.status === 'error' && <ErrorMessage lang={lang} error={state.error} />}
      {state.status === 'done' && (
        <>
          <p className="inbox-counts">
            {zh
              ? `共 ${state.data.changes.totalCount} 条，未读 ${unread} 条`
              : `${state.data.changes.totalCount} event${state.data.changes.totalCount === 1 ? '' : 's'}, ${unread} unread`}
          </p>
          {events.length === 0 ? (
            <Empty lang={lang} text={t(lang, 'noEvents')} />
          ) : (
            <DataTable
              lang={lang}
              rows={events}
              columns={columns}
              rowKey={(e) => e.id}
              fileStem={`monitoring-${watchlist}-${since}`}
              onRowClick={openEvent}
              rowData={(e) => ({ 'data-event': e.id, 'data-kind': e.kind, 'data-unread': String(!read(e)) })}
              caption={
                <button type="button" className="ack-all" onClick={() => void acknowledge(events.filter((e) => !read(e)).map((e) => e.id))}>
                  {t(lang, 'acknowledgeAll')}
                </button>
              }
            />
          )}
        </>
      )}
    </section>
  );
}
