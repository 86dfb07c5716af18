/**
 * Screening: upload a CSV of USCCs, names or ids; every row comes back (found, not found, invalid
 * with the precise USCC problem, ambiguous with candidates) with the subject's own listings and its
 * exposure hits. Clicking a row opens its exposure. The uploaded subjects are kept for the session,
 * so back from an exposure shows the table again, re-evaluated at the current as-of date.
 */
import { useEffect, useMemo, useState } from 'react';
import { ScreenDocument, ScreeningSourcesDocument } from '../api/generated.ts';
import { DataTable, type TableColumn } from '../components/DataTable.tsx';
import { HopsControl } from '../components/HopsControl.tsx';
import { NodeButton, partyName, partyRef } from '../components/NodeButton.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { emptyView } from '../graph/elements.ts';
import { formatShare } from '../format.ts';
import { listLabel, modeName, screenStatusName, t } from '../i18n.ts';
import { reportRows, type ReportRow } from '../screening/report.ts';
import { subjectsFromCsv, subjectsToScreen, type CsvSubjects } from '../screening/subjects.ts';
import { useQuery } from '../state/useQuery.ts';
import { pathWords } from './pathLogic.ts';
import type { ModePanelProps } from './index.ts';
import { demoScreeningCsv } from './startingPoints.ts';

interface Upload extends CsvSubjects {
  fileName: string;
}

export const defaultScreeningHops = 2;
export const maxScreeningHops = 3;
const storageKey = 'scs-graph:screening';

function storedUpload(): Upload | null {
  try {
    const text = sessionStorage.getItem(storageKey);
    const upload = text ? (JSON.parse(text) as Upload) : null;
    // A session from an older explorer kept only the subjects: start again rather than misnumber rows.
    return upload && Array.isArray(upload.rows) ? upload : null;
  } catch {
    return null;
  }
}

export function ScreeningPanel({ route, lang, navigate, showView, open }: ModePanelProps) {
  const [upload, setUpload] = useState<Upload | null>(storedUpload);
  const [problem, setProblem] = useState<string | null>(null);
  const hops = Math.min(route.hops ?? defaultScreeningHops, maxScreeningHops);
  const subjects = useMemo(() => (upload ? subjectsToScreen(upload.rows) : []), [upload]);
  const state = useQuery(ScreenDocument, subjects.length ? { subjects: subjects.map((row) => row.text), maxHops: hops, asOf: route.date } : null);
  const sources = useQuery(ScreeningSourcesDocument, upload ? { asOf: route.date } : null);
  const zh = lang === 'zh';
  useEffect(() => showView(emptyView, { note: t(lang, 'screeningCanvas') }), [showView, lang]);

  const accept = (text: string, fileName: string) => {
    const parsed = subjectsFromCsv(text);
    if (!parsed.rows.length) {
      setProblem(t(lang, 'screeningNoRows'));
      return;
    }
    const next = { ...parsed, fileName };
    sessionStorage.setItem(storageKey, JSON.stringify(next));
    setProblem(null);
    setUpload(next);
  };

  const hitText = (hit: NonNullable<ReportRow['answer']>['topHit']) => (hit ? `${hit.score} · ${partyName(lang, hit.party)} (${hit.hops} ${zh ? '跳' : 'hops'})` : '');
  const columns: TableColumn<ReportRow>[] = [
    { header: '#', value: (row) => row.row },
    { header: zh ? '输入' : 'Input', value: (row) => row.input },
    { header: zh ? '状态' : 'Status', value: (row) => screenStatusName(lang, row.status), render: (row) => <span className={`screen-status ${row.status}`}>{screenStatusName(lang, row.status)}</span> },
    {
      header: zh ? '主体' : 'Subject',
      value: (row) => (row.answer?.subject ? partyName(lang, row.answer.subject) : (row.answer?.candidates.map((candidate) => partyName(lang, candidate)).join('; ') ?? '')),
      render: (row) =>
        row.answer?.subject ? (
          partyName(lang, row.answer.subject)
        ) : row.answer?.candidates.length ? (
          row.answer.candidates.map((candidate) => <NodeButton key={candidate.id} node={partyRef(candidate)} lang={lang} onOpen={(id) => open(id, 'exposure')} />)
        ) : (
          <span className="sub reason">{row.reason}</span>
        ),
    },
    { header: 'id', value: (row) => row.answer?.subject?.id, csvOnly: true },
    {
      header: zh ? '本身在名单' : 'Own listings',
      value: (row) => row.answer?.ownListings.map((listing) => listLabel(lang, listing.listName, listing.listNameEn)).join('; '),
      render: (row) => (row.answer?.ownListings.length ? <span className="flag">⚠ {row.answer.ownListings.length}</span> : ''),
    },
    // Blank, never 0, unless the subject was found and screened: "0" reads as clean.
    { header: t(lang, 'hits'), value: (row) => row.hits ?? '', render: (row) => (row.hits ? <strong className="flag">{row.hits}</strong> : row.hits === 0 ? '0' : '') },
    { header: zh ? '最高评分命中' : 'Top hit', value: (row) => hitText(row.answer?.topHit ?? null) },
    { header: zh ? '最近命中' : 'Nearest hit', value: (row) => hitText(row.answer?.nearestHit ?? null), csvOnly: true },
    { header: t(lang, 'path'), value: (row) => (row.answer?.topHit ? pathWords(row.answer.topHit.path, lang) : ''), csvOnly: true },
    { header: zh ? '股权继承' : 'Inherited listing', value: (row) => (row.answer?.inherited ? formatShare(row.answer.inheritedShare) : ''), csvOnly: true },
    { header: zh ? '原因' : 'Reason', value: (row) => row.reason, csvOnly: true },
  ];
  const rows = useMemo(() => (upload && (state.status === 'done' || subjects.length === 0) ? reportRows(lang, upload.rows, state.status === 'done' ? state.data.screen.rows : []) : []), [upload, state, subjects.length, lang]);
  const count = (test: (row: ReportRow) => boolean) => rows.filter(test).length;
  const asOf = state.status === 'done' ? state.data.screen.asOf : sources.status === 'done' ? sources.data.stats.asOf : (route.date ?? '');
  const lists = sources.status === 'done' ? sources.data.stats.lists.filter((entry) => entry.entries > 0) : [];
  const ready = upload && (state.status === 'done' || (subjects.length === 0 && upload.rows.length > 0));

  return (
    <section className="panel screening-panel">
      <h2>{modeName(lang, 'screening')}</h2>
      <p className="sub">{t(lang, 'screeningHelp')}</p>
      <label className="upload">
        {t(lang, 'uploadCsv')}
        <input type="file" accept=".csv,text/csv,text/plain" onChange={(event) => { const file = event.target.files?.[0]; if (file) void file.text().then((text) => accept(text, file.name)); }} />
      </label>
      <button type="button" className="demo-csv" onClick={() => accept(demoScreeningCsv, zh ? '演示名单.csv' : 'demo-subjects.csv')}>
        {zh ? '或用演示案例的主体试一试' : 'Or try the demo story’s subjects'}
      </button>
      <HopsControl lang={lang} label={t(lang, 'hops')} value={hops} max={maxScreeningHops} onChange={(value) => navigate({ hops: value })} />
      {problem && (
        <div className="status error" role="alert">
          {problem}
        </div>
      )}
      {upload && (
        <p className="sub">
          {upload.fileName}: {zh ? `${upload.rows.length} 行（读取列：${upload.column}）` : `${upload.rows.length} rows (column ${upload.column})`}
          {upload.leftOut > 0 && (zh ? `，超出上限未筛查 ${upload.leftOut} 行` : `; ${upload.leftOut} rows beyond the limit were not screened`)}
        </p>
      )}
      {state.status === 'loading' && <Loading lang={lang} />}
      {state.status === 'error' && <ErrorMessage lang={lang} error={state.error} />}
      {ready && (
        <>
          <p>
            {t(lang, 'asOf')} <strong>{asOf}</strong> ·{' '}
            {zh
              ? `找到 ${count((row) => row.status === 'found')} · 本身在名单 ${count((row) => (row.answer?.ownListings.length ?? 0) > 0)} · 有关联命中 ${count((row) => (row.hits ?? 0) > 0)} · 无效 ${count((row) => row.status === 'invalid')} · 未找到 ${count((row) => row.status === 'not_found')} · 有歧义 ${count((row) => row.status === 'ambiguous')}`
              : `found ${count((row) => row.status === 'found')} · listed themselves ${count((row) => (row.answer?.ownListings.length ?? 0) > 0)} · with hits ${count((row) => (row.hits ?? 0) > 0)} · invalid ${count((row) => row.status === 'invalid')} · not found ${count((row) => row.status === 'not_found')} · ambiguous ${count((row) => row.status === 'ambiguous')}`}
          </p>
          <details className="hint-box screening-scope" open>
            <summary>{t(lang, 'notFoundMeansTitle')}</summary>
            <p>{t(lang, 'notFoundMeans').replace('{date}', asOf).replace('{hops}', String(hops))}</p>
            {lists.length > 0 && (
              <p className="sub">
                {t(lang, 'screeningLists')} ({lists.length}): {lists.map((entry) => `${listLabel(lang, entry.list.label, entry.list.nameEn)} (${entry.activeEntries}/${entry.entries})`).join(zh ? '；' : '; ')}
              </p>
            )}
          </details>
          <p className="hint-box">{t(lang, 'openExposure')}</p>
          <DataTable
            lang={lang}
            rows={rows}
            columns={columns}
            rowKey={(row) => String(row.row)}
            fileStem={`screening-${asOf}-${hops}hops`}
            onRowClick={(row) => row.answer?.subject && open(row.answer.subject.id, 'exposure', { hops })}
            rowData={(row) => ({ 'data-row': String(row.row), 'data-status': row.status })}
          />
        </>
      )}
    </section>
  );
}
