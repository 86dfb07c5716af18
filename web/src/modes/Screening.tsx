/**
 * Screening: upload a CSV of USCCs, names or ids; every row comes back (found, not found, invalid
 * with the precise USCC problem, ambiguous with candidates) with the subject's own listings and its
 * exposure hits. Clicking a row opens its exposure. The uploaded subjects are kept for the session,
 * so back from an exposure shows the table again, re-evaluated at the current as-of date.
 */
import { useEffect, useState } from 'react';
import { ScreenDocument, type ScreenQuery } from '../api/generated.ts';
import { DataTable, type TableColumn } from '../components/DataTable.tsx';
import { HopsControl } from '../components/HopsControl.tsx';
import { NodeButton } from '../components/NodeButton.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { emptyView } from '../graph/elements.ts';
import { formatShare } from '../format.ts';
import { modeName, t } from '../i18n.ts';
import { subjectsFromCsv, type CsvSubjects } from '../screening/subjects.ts';
import type { Lang } from '../state/route.ts';
import { useQuery } from '../state/useQuery.ts';
import type { ModePanelProps } from './index.ts';
import { demoScreeningCsv } from './startingPoints.ts';

type Row = ScreenQuery['screen']['rows'][number];
interface Upload extends CsvSubjects {
  fileName: string;
}

export const defaultScreeningHops = 2;
const storageKey = 'scs-graph:screening';

const statusNames: Record<Row['status'], Record<Lang, string>> = {
  found: { zh: '已找到', en: 'found' },
  not_found: { zh: '未找到', en: 'not found' },
  invalid: { zh: '无效', en: 'invalid' },
  ambiguous: { zh: '有歧义', en: 'ambiguous' },
};

function storedUpload(): Upload | null {
  try {
    const text = sessionStorage.getItem(storageKey);
    return text ? (JSON.parse(text) as Upload) : null;
  } catch {
    return null;
  }
}

export function ScreeningPanel({ route, lang, navigate, showView, open }: ModePanelProps) {
  const [upload, setUpload] = useState<Upload | null>(storedUpload);
  const [problem, setProblem] = useState<string | null>(null);
  const hops = Math.min(route.hops ?? defaultScreeningHops, 3);
  const state = useQuery(ScreenDocument, upload && upload.subjects.length ? { subjects: upload.subjects, maxHops: hops, asOf: route.date } : null);
  const zh = lang === 'zh';
  useEffect(() => showView(emptyView, { note: t(lang, 'screeningCanvas') }), [showView, lang]);

  const accept = (text: string, fileName: string) => {
    try {
      const parsed = subjectsFromCsv(text);
      if (!parsed.subjects.length) {
        setProblem(zh ? '文件中没有可筛查的行。' : 'The file has no rows to screen.');
        return;
      }
      const next = { ...parsed, fileName };
      sessionStorage.setItem(storageKey, JSON.stringify(next));
      setProblem(null);
      setUpload(next);
    } catch (error) {
      setProblem(`${zh ? '无法读取 CSV：' : 'Cannot read the CSV: '}${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const hitText = (hit: Row['topHit']) => (hit ? `${hit.score} · ${hit.party.name ?? hit.party.id} (${hit.hops} ${zh ? '跳' : 'hops'})` : '');
  const columns: TableColumn<Row>[] = [
    { header: '#', value: (row) => row.row },
    { header: zh ? '输入' : 'Input', value: (row) => row.input },
    { header: zh ? '状态' : 'Status', value: (row) => statusNames[row.status][lang], render: (row) => <span className={`screen-status ${row.status}`}>{statusNames[row.status][lang]}</span> },
    {
      header: zh ? '主体' : 'Subject',
      value: (row) => row.subject?.name ?? row.candidates.map((candidate) => candidate.name).join('; '),
      render: (row) =>
        row.subject ? (
          row.subject.name
        ) : row.candidates.length ? (
          row.candidates.map((candidate) => <NodeButton key={candidate.id} node={{ id: candidate.id, kind: candidate.kind, label: candidate.name ?? candidate.id }} lang={lang} onOpen={(id) => open(id, 'exposure')} />)
        ) : (
          <span className="sub">{row.reason}</span>
        ),
    },
    { header: 'id', value: (row) => row.subject?.id, csvOnly: true },
    {
      header: zh ? '本身在名单' : 'Own listings',
      value: (row) => row.ownListings.map((listing) => (lang === 'en' && listing.listNameEn ? listing.listNameEn : listing.listName)).join('; '),
      render: (row) => (row.ownListings.length ? <span className="flag">⚠ {row.ownListings.length}</span> : ''),
    },
    { header: t(lang, 'hits'), value: (row) => row.exposureHits, render: (row) => (row.exposureHits ? <strong className="flag">{row.exposureHits}</strong> : row.status === 'found' ? '0' : '') },
    { header: zh ? '最高评分命中' : 'Top hit', value: (row) => hitText(row.topHit) },
    { header: zh ? '最近命中' : 'Nearest hit', value: (row) => hitText(row.nearestHit), csvOnly: true },
    { header: t(lang, 'path'), value: (row) => row.topHit?.pathInWords, csvOnly: true },
    { header: zh ? '股权继承' : 'Inherited listing', value: (row) => (row.inherited ? formatShare(row.inheritedShare) : ''), csvOnly: true },
    { header: zh ? '原因' : 'Reason', value: (row) => row.reason, csvOnly: true },
  ];
  const rows = state.status === 'done' ? state.data.screen.rows : [];
  const count = (test: (row: Row) => boolean) => rows.filter(test).length;

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
      <HopsControl lang={lang} label={t(lang, 'hops')} value={hops} max={3} onChange={(value) => navigate({ hops: value })} />
      {problem && (
        <div className="status error" role="alert">
          {problem}
        </div>
      )}
      {upload && (
        <p className="sub">
          {upload.fileName}: {zh ? `${upload.subjects.length} 行（第 ${upload.column} 列）` : `${upload.subjects.length} rows (column ${upload.column})`}
          {upload.leftOut > 0 && (zh ? `，超出上限未筛查 ${upload.leftOut} 行` : `; ${upload.leftOut} rows beyond the limit were left out`)}
        </p>
      )}
      {state.status === 'loading' && <Loading lang={lang} />}
      {state.status === 'error' && <ErrorMessage lang={lang} error={state.error} />}
      {state.status === 'done' && (
        <>
          <p>
            {t(lang, 'asOf')} <strong>{state.data.screen.asOf}</strong> ·{' '}
            {zh
              ? `找到 ${count((row) => row.status === 'found')} · 本身在名单 ${count((row) => row.ownListings.length > 0)} · 有关联命中 ${count((row) => row.exposureHits > 0)} · 无效 ${count((row) => row.status === 'invalid')} · 未找到 ${count((row) => row.status === 'not_found')} · 有歧义 ${count((row) => row.status === 'ambiguous')}`
              : `found ${count((row) => row.status === 'found')} · listed themselves ${count((row) => row.ownListings.length > 0)} · with hits ${count((row) => row.exposureHits > 0)} · invalid ${count((row) => row.status === 'invalid')} · not found ${count((row) => row.status === 'not_found')} · ambiguous ${count((row) => row.status === 'ambiguous')}`}
          </p>
          <p className="hint-box">{t(lang, 'openExposure')}</p>
          <DataTable
            lang={lang}
            rows={rows}
            columns={columns}
            rowKey={(row) => String(row.row)}
            fileStem={`screening-${state.data.screen.asOf}-${state.data.screen.maxHops}hops`}
            onRowClick={(row) => row.subject && open(row.subject.id, 'exposure')}
            rowData={(row) => ({ 'data-row': String(row.row), 'data-status': row.status })}
          />
        </>
      )}
    </section>
  );
}
