/**
 * A credit list's members as a table over the canvas: paged, sortable (click a header), filtered
 * by status and text, with the counts by status, a CSV export of everything the filters match, and
 * "show on canvas" for the picked rows.
 */
import { useState } from 'react';
import { request } from '../api/client.ts';
import { ListMembersDocument } from '../api/generated.ts';
import { toCsv } from '../export/csv.ts';
import { downloadCsv } from '../export/download.ts';
import type { GraphViewLike } from '../graph/elements.ts';
import { listLabel, t } from '../i18n.ts';
import { memberColumns, memberStatusName, selectionView, type Member, type MemberSort, type MemberStatus } from '../lists/memberTable.ts';
import type { Lang } from '../state/route.ts';
import { useQuery } from '../state/useQuery.ts';
import { ErrorMessage, Loading } from './Status.tsx';

export const memberPageSize = 25;
/** The server's page bound: the CSV export fetches the matching rows in pages of this size. */
const exportPage = 500;

export interface ListMembersProps {
  listId: string;
  lang: Lang;
  asOf: string | null;
  onShow(view: GraphViewLike): void;
  onClose(): void;
}

export function ListMembers({ listId, lang, asOf, onShow, onClose }: ListMembersProps) {
  const [offset, setOffset] = useState(0);
  const [sort, setSort] = useState<{ by: MemberSort; descending: boolean }>({ by: 'from', descending: true });
  const [statuses, setStatuses] = useState<MemberStatus[]>([]);
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<Map<string, Member>>(new Map());
  const filters = { list: listId, asOf, statuses, text, sort: sort.by, descending: sort.descending };
  const state = useQuery(ListMembersDocument, { ...filters, offset, first: memberPageSize });
  const columns = memberColumns(lang);
  const zh = lang === 'zh';
  const data = state.status === 'done' ? state.data.listMembers : null;

  const refilter = (change: () => void) => {
    change();
    setOffset(0);
  };
  const exportCsv = async () => {
    const rows: Member[] = [];
    for (let from = 0; ; from += exportPage) {
      const page = (await request(ListMembersDocument, { ...filters, offset: from, first: exportPage })).listMembers;
      rows.push(...page.members);
      if (rows.length >= page.matching || page.members.length === 0) break;
    }
    downloadCsv(`list-members-${listId}-${data?.asOf ?? asOf ?? ''}.csv`, toCsv(rows, columns));
  };
  const toggle = (member: Member) =>
    setPicked((current) => {
      const next = new Map(current);
      if (next.has(member.listingId)) next.delete(member.listingId);
      else next.set(member.listingId, member);
      return next;
    });

  return (
    <section className="list-members" aria-label={t(lang, 'listMembers')}>
      <header className="list-members-bar">
        <h2>
          {t(lang, 'listMembers')}
          {data && `: ${listLabel(lang, data.list.name, data.listNameEn)}`}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label={t(lang, 'close')}>
          ×
        </button>
      </header>
      {data && (
        <p className="member-counts">
          {t(lang, 'asOf')} <strong>{data.asOf}</strong> · {zh ? `共 ${data.total} 条` : `${data.total} listings`}
          {data.counts.map((entry) => (
            <label key={entry.status} className={`member-count ${entry.status}`}>
              <input
                type="checkbox"
                checked={statuses.includes(entry.status)}
                onChange={() => refilter(() => setStatuses(statuses.includes(entry.status) ? statuses.filter((s) => s !== entry.status) : [...statuses, entry.status]))}
              />
              {memberStatusName(lang, entry.status)} <span data-status-count={entry.status}>{entry.count}</span>
            </label>
          ))}
        </p>
      )}
      <div className="table-bar">
        <input type="search" className="member-filter" placeholder={t(lang, 'filterMembers')} value={text} onChange={(event) => refilter(() => setText(event.target.value))} aria-label={t(lang, 'filterMembers')} />
        <button type="button" className="csv" onClick={() => void exportCsv()}>
          {t(lang, 'exportCsv')}
        </button>
        <button type="button" className="show-on-canvas" disabled={picked.size === 0 || !data} onClick={() => data && onShow(selectionView(data.list, data.listNameEn, [...picked.values()]))}>
          {t(lang, 'showOnCanvas')} ({picked.size})
        </button>
      </div>
      {state.status === 'loading' && <Loading lang={lang} />}
      {state.status === 'error' && <ErrorMessage lang={lang} error={state.error} />}
      {data && (
        <>
          <table className="data-table member-table">
            <thead>
              <tr>
                <th aria-label={t(lang, 'pick')} />
                {columns.map((column) => (
                  <th key={column.header} aria-sort={column.sort === sort.by ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                    {column.sort ? (
                      <button type="button" className="sort" data-sort={column.sort} onClick={() => refilter(() => setSort({ by: column.sort!, descending: column.sort === sort.by ? !sort.descending : false }))}>
                        {column.header} {column.sort === sort.by ? (sort.descending ? '▼' : '▲') : ''}
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.members.map((member) => (
                <tr key={member.listingId} data-listing={member.listingId} data-status={member.status} aria-selected={picked.has(member.listingId)} onClick={() => toggle(member)}>
                  <td>
                    <input type="checkbox" checked={picked.has(member.listingId)} readOnly aria-label={t(lang, 'pick')} />
                  </td>
                  {columns.map((column) => (
                    <td key={column.header}>{String(column.value(member) ?? '')}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="pager">
            <button type="button" className="prev" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - memberPageSize))}>
              ‹ {t(lang, 'previous')}
            </button>
            <span className="page-range">
              {data.matching === 0 ? (zh ? '没有匹配的记录' : 'no matching listings') : zh ? `第 ${offset + 1}–${offset + data.members.length} 条，共 ${data.matching} 条` : `${offset + 1}–${offset + data.members.length} of ${data.matching}`}
            </span>
            <button type="button" className="next" disabled={offset + memberPageSize >= data.matching} onClick={() => setOffset(offset + memberPageSize)}>
              {t(lang, 'next')} ›
            </button>
          </p>
        </>
      )}
    </section>
  );
}
