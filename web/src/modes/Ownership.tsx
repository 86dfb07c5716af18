/**
 * Ownership: the equity penetration tree, holders above and holdings below the company (dagre, top
 * down), each holding edge with its direct and integrated share, the ultimate owners (♛) and the
 * actual controller (★) marked. Holders and holdings tables export as CSV.
 */
import { useEffect, useMemo } from 'react';
import { OwnershipDocument, type OwnershipQuery } from '../api/generated.ts';
import { DataTable, type TableColumn } from '../components/DataTable.tsx';
import { HopsControl } from '../components/HopsControl.tsx';
import { NodeButton, nodeName, partyRef } from '../components/NodeButton.tsx';
import { Empty, ErrorMessage, Loading } from '../components/Status.tsx';
import { formatShare } from '../format.ts';
import { modeName, t } from '../i18n.ts';
import { useQuery } from '../state/useQuery.ts';
import type { ModePanelProps } from './index.ts';
import { NeedSubject } from './NeedSubject.tsx';
import { chainDownwards, controllerMark, largestHolderMark, ownershipMarks, ultimateOwnerMark, withIntegratedShares } from './ownershipLogic.ts';

type Entry = OwnershipQuery['ownershipTree']['holders'][number];

export const defaultOwnershipDepth = 3;


export function OwnershipPanel({ route, lang, navigate, showView, select }: ModePanelProps) {
  const depth = route.hops ?? defaultOwnershipDepth;
  const state = useQuery(OwnershipDocument, route.subject ? { company: route.subject, asOf: route.date, depth } : null);
  const data = state.status === 'done' ? state.data : null;
  const canvas = useMemo(() => {
    if (!data) return null;
    const tree = data.ownershipTree;
    return {
      view: withIntegratedShares(tree.view, tree.holders, tree.holdings),
      marked: ownershipMarks(data.ultimateOwners.owners, data.actualController.controller?.party.id ?? null, data.actualController.largestHolder?.party.id ?? null),
      highlighted: new Set([tree.company.id, ...data.actualController.chain.flatMap((link) => [link.holder.id, link.company.id])]),
    };
  }, [data]);
  useEffect(() => {
    if (canvas) showView(canvas.view, { marked: canvas.marked, highlighted: canvas.highlighted });
  }, [canvas, showView]);

  if (!route.subject) return <NeedSubject lang={lang} showView={showView} text={t(lang, 'pickCompany')} />;
  const zh = lang === 'zh';
  const columns = (who: string): TableColumn<Entry>[] => [
    { header: who, value: (entry) => nodeName(lang, partyRef(entry.party)), render: (entry) => <NodeButton node={partyRef(entry.party)} lang={lang} onOpen={select} /> },
    { header: 'id', value: (entry) => entry.party.id, csvOnly: true },
    { header: zh ? '穿透比例' : 'Integrated', value: (entry) => formatShare(entry.share) },
    { header: zh ? '层级' : 'Level', value: (entry) => entry.depth },
  ];
  const tree = data?.ownershipTree;
  const controller = data?.actualController.controller;
  const largest = data?.actualController.largestHolder;

  return (
    <section className="panel ownership-panel">
      <h2>
        {modeName(lang, 'ownership')}
        {tree && `: ${nodeName(lang, partyRef(tree.company))}`}
      </h2>
      <p className="sub">{t(lang, 'ownershipIntro')}</p>
      <HopsControl lang={lang} label={zh ? '层数' : 'Levels'} value={depth} max={6} onChange={(value) => navigate({ hops: value })} />
      {state.status === 'error' && <ErrorMessage lang={lang} error={state.error} />}
      {(state.status === 'loading' || state.status === 'idle') && <Loading lang={lang} />}
      {data && tree && (
        <>
          <p>
            {t(lang, 'asOf')} <strong>{tree.asOf}</strong>
          </p>
          <dl className="fields">
            <div>
              <dt>
                {controllerMark} {zh ? '实际控制人' : 'Actual controller'}
              </dt>
              <dd>
                {controller ? (
                  <>
                    <NodeButton node={partyRef(controller.party)} lang={lang} onOpen={select} /> {formatShare(controller.share)}{' '}
                    <span className="sub">{t(lang, data.actualController.rule === 'majority' ? 'controlByMajority' : 'controlByLargest')}</span>
                  </>
                ) : (
                  '—'
                )}
              </dd>
            </div>
            {data.actualController.chain.length > 0 && (
              <div className="control-chain">
                <dt>{t(lang, 'controlChain')}</dt>
                <dd>
                  <ol>
                    {chainDownwards(data.actualController.chain).map((link) => (
                      <li key={`${link.holder.id}>${link.company.id}`} data-holder={link.holder.id}>
                        <NodeButton node={partyRef(link.holder)} lang={lang} onOpen={select} /> → {formatShare(link.share)}{link.rule === 'largest_holder' ? ` (∑, ${t(lang, 'largestHolderLink')})` : ''} →{' '}
                        <NodeButton node={partyRef(link.company)} lang={lang} onOpen={select} />
                      </li>
                    ))}
                  </ol>
                </dd>
              </div>
            )}
            {largest && largest.party.id !== controller?.party.id && (
              <div className="largest-holder">
                <dt>
                  {largestHolderMark} {t(lang, 'largestHolder')}
                </dt>
                <dd>
                  <NodeButton node={partyRef(largest.party)} lang={lang} onOpen={select} /> {formatShare(largest.share)} <span className="sub">{t(lang, 'largestNotController')}</span>
                </dd>
              </div>
            )}
            <div>
              <dt>
                {ultimateOwnerMark} {zh ? `最终受益人（≥${formatShare(data.ultimateOwners.threshold)}）` : `Ultimate owners (≥ ${formatShare(data.ultimateOwners.threshold)})`}
              </dt>
              <dd>
                {data.ultimateOwners.owners.length
                  ? data.ultimateOwners.owners.map((owner) => (
                      <span key={owner.party.id}>
                        <NodeButton node={partyRef(owner.party)} lang={lang} onOpen={select} /> {formatShare(owner.share)}{' '}
                      </span>
                    ))
                  : '—'}
              </dd>
            </div>
          </dl>
          {(tree.omitted > 0 || tree.bounded) && (
            <p className="sub">
              {tree.omitted > 0 && (zh ? `图中省略 ${tree.omitted} 个主体（每侧保留持股最大的 300 个）。` : `${tree.omitted} parties left out of the view (the 300 largest per side are kept). `)}
              {tree.bounded && (zh ? '持股子图达到上限，比例可能偏低。' : 'The holder subgraph hit its bound: shares may be understated.')}
            </p>
          )}
          <h3>
            {zh ? '股东（向上穿透）' : 'Holders (up)'} ({tree.holders.length})
          </h3>
          {tree.holders.length ? (
            <DataTable lang={lang} rows={tree.holders} columns={columns(zh ? '股东' : 'Holder')} rowKey={(entry) => entry.party.id} fileStem={`ownership-holders-${tree.company.id}-${tree.asOf}`} onRowClick={(entry) => select(entry.party.id)} />
          ) : (
            <Empty lang={lang} text={zh ? '截至该日期没有登记的股东。' : 'No holders on record at this date.'} />
          )}
          <h3>
            {zh ? '对外投资（向下穿透）' : 'Holdings (down)'} ({tree.holdings.length})
          </h3>
          {tree.holdings.length ? (
            <DataTable lang={lang} rows={tree.holdings} columns={columns(zh ? '被投资企业' : 'Holding')} rowKey={(entry) => entry.party.id} fileStem={`ownership-holdings-${tree.company.id}-${tree.asOf}`} onRowClick={(entry) => select(entry.party.id)} />
          ) : (
            <Empty lang={lang} text={zh ? '没有对外投资。' : 'No holdings.'} />
          )}
        </>
      )}
    </section>
  );
}
