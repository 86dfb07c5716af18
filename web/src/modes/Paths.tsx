/**
 * Paths: the shortest typed paths (shareholding, legal representative, officer, branch) between two
 * picked nodes — picked here by search, or on the canvas (right-click: start a path / path to…).
 * A path picked in the table is highlighted; the table exports as CSV.
 */
import { useEffect, useMemo, useState } from 'react';
import { NodeNameDocument, PathsDocument, type PathsQuery } from '../api/generated.ts';
import { DataTable, type TableColumn } from '../components/DataTable.tsx';
import { HopsControl } from '../components/HopsControl.tsx';
import { NodeButton } from '../components/NodeButton.tsx';
import { Search } from '../components/Search.tsx';
import { Empty, ErrorMessage, Loading } from '../components/Status.tsx';
import { emptyView } from '../graph/elements.ts';
import { modeName, t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';
import { useQuery } from '../state/useQuery.ts';
import type { ModePanelProps } from './index.ts';
import { pathNodeIds, pathWords } from './pathLogic.ts';

type Path = PathsQuery['paths']['paths'][number];

export const defaultPathHops = 4;

export function PathsPanel({ route, lang, navigate, showView, decorate, select }: ModePanelProps) {
  const hops = route.hops ?? defaultPathHops;
  const both = route.subject !== null && route.target !== null;
  const state = useQuery(PathsDocument, both ? { from: route.subject!, to: route.target!, maxHops: hops, asOf: route.date } : null);
  const result = state.status === 'done' ? state.data.paths : null;
  const [pickedIndex, setPickedIndex] = useState(0);
  useEffect(() => setPickedIndex(0), [result]);
  const picked = result?.paths[pickedIndex] ?? null;
  const highlighted = useMemo(() => pathNodeIds(picked), [picked]);
  const zh = lang === 'zh';

  useEffect(() => {
    if (result) showView(result.view, { highlighted: pathNodeIds(result.paths[0]) });
    else if (!both) showView(emptyView, { note: t(lang, 'pickEnds') });
  }, [result, both, showView, lang]);
  useEffect(() => {
    if (result) decorate({ highlighted });
  }, [result, highlighted, decorate]);

  const columns: TableColumn<Path>[] = [
    { header: '#', value: (path) => (result?.paths.indexOf(path) ?? 0) + 1 },
    { header: t(lang, 'hops'), value: (path) => path.hops },
    { header: t(lang, 'path'), value: (path) => pathWords(path, lang) },
  ];

  return (
    <section className="panel paths-panel">
      <h2>{modeName(lang, 'paths')}</h2>
      <p className="sub">{t(lang, 'pathsIntro')}</p>
      <div className="path-ends">
        <End lang={lang} label={zh ? '起点' : 'From'} id={route.subject} onPick={(id) => navigate({ subject: id })} onOpen={select} />
        <End lang={lang} label={zh ? '终点' : 'To'} id={route.target} onPick={(id) => navigate({ target: id })} onOpen={select} />
        {both && (
          <button type="button" onClick={() => navigate({ subject: route.target, target: route.subject })}>
            ⇅ {zh ? '交换' : 'Swap'}
          </button>
        )}
      </div>
      <HopsControl lang={lang} label={zh ? '最多跳数' : 'At most hops'} value={hops} max={6} onChange={(value) => navigate({ hops: value })} />
      {!both && <Empty lang={lang} text={t(lang, 'pickEnds')} />}
      {state.status === 'error' && <ErrorMessage lang={lang} error={state.error} />}
      {state.status === 'loading' && <Loading lang={lang} />}
      {result &&
        (result.paths.length === 0 ? (
          <Empty lang={lang} text={zh ? `${result.maxHops} 跳内没有路径（截至 ${result.asOf}）。` : `No path within ${result.maxHops} links (as of ${result.asOf}).`} />
        ) : (
          <>
            <p>
              {t(lang, 'asOf')} <strong>{result.asOf}</strong> · {zh ? `${result.paths.length} 条路径，最短在前` : `${result.paths.length} path${result.paths.length === 1 ? '' : 's'}, shortest first`}
            </p>
            <DataTable
              lang={lang}
              rows={result.paths}
              columns={columns}
              rowKey={(path) => String(result.paths.indexOf(path))}
              fileStem={`paths-${result.from.id}-${result.to.id}-${result.asOf}`}
              onRowClick={(path) => setPickedIndex(result.paths.indexOf(path))}
              selectedKey={String(pickedIndex)}
            />
          </>
        ))}
    </section>
  );
}

/** One end of the path: its name (fetched) or a search box to pick it. */
function End({ lang, label, id, onPick, onOpen }: { lang: Lang; label: string; id: string | null; onPick(id: string): void; onOpen(id: string): void }) {
  const state = useQuery(NodeNameDocument, id ? { id } : null);
  const node = state.status === 'done' ? state.data.node : null;
  return (
    <div className="path-end">
      <span className="step">{label}</span>
      {id && (node ? <NodeButton node={node} lang={lang} onOpen={onOpen} /> : <code>{id}</code>)}
      <Search lang={lang} onPick={onPick} compact />
    </div>
  );
}
