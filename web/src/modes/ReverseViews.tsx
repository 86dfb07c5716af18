/**
 * The trace's two reverse views: what an agency must enforce at the date (every measure it
 * implements, on which lists and basis, how many subjects are listed there), and who bears a measure
 * (every subject listed where it applies, with the bearers its listing makes).
 */
import { useState, type ReactNode } from 'react';
import { AgencyObligationsDocument, MeasureBearersDocument } from '../api/generated.ts';
import { NodeButton, nodeName } from '../components/NodeButton.tsx';
import { Empty, ErrorMessage, Loading } from '../components/Status.tsx';
import { basisName, roleName, t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';
import { useQuery } from '../state/useQuery.ts';

type Named = { label: string; labelEn?: string | null; nameEn?: string | null };
const joined = (lang: Lang, texts: readonly string[]) => texts.join(lang === 'zh' ? '、' : ', ');

interface ListBasisLike {
  list: Named & { id: string };
  basisLevel: string | null;
  belowLawOrRegulation: boolean;
}

function ListsWithBasis({ lists, lang }: { lists: readonly ListBasisLike[]; lang: Lang }) {
  return (
    <>
      {lists.map((entry) => (
        <div key={entry.list.id}>
          {nodeName(lang, entry.list)} <span className="sub">· {basisName(lang, entry.basisLevel)}</span>
          {entry.belowLawOrRegulation && <span className="flag"> ⚑</span>}
        </div>
      ))}
    </>
  );
}

/** A column of a reverse view's table (`numeric`: right-aligned counts). */
interface Column {
  header: string;
  numeric?: boolean;
}

/** One row: its key, its test attribute and one cell per column. */
interface Row {
  key: string;
  attributes: Record<string, string>;
  cells: readonly ReactNode[];
}

/** A reverse view's rows in a scrolling box (they can run to hundreds), or "nothing" when there are none. */
function ScrollingTable({ columns, rows, lang }: { columns: readonly Column[]; rows: readonly Row[]; lang: Lang }) {
  if (rows.length === 0) return <Empty lang={lang} />;
  return (
    <div className="scroll-box">
      <table className="compact-table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} className={column.numeric ? 'num' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} {...row.attributes}>
              {row.cells.map((cell, index) => (
                <td key={columns[index]?.header ?? index} className={columns[index]?.numeric ? 'num' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What `agency` must enforce at `asOf`. */
export function AgencyObligationsView({ agency, asOf, lang, onOpen }: { agency: string; asOf: string | null; lang: Lang; onOpen(id: string): void }) {
  const state = useQuery(AgencyObligationsDocument, { agency, asOf });
  if (state.status === 'error') return <ErrorMessage lang={lang} error={state.error} />;
  if (state.status !== 'done') return <Loading lang={lang} />;
  const result = state.data.agencyObligations;
  return (
    <section className="reverse-view agency-obligations" aria-label={t(lang, 'mustEnforce')}>
      <h3>
        {t(lang, 'mustEnforce')}: {nodeName(lang, result.agency)} ({result.totalCount})
      </h3>
      <ScrollingTable
        lang={lang}
        columns={[{ header: t(lang, 'measures') }, { header: t(lang, 'onLists') }, { header: t(lang, 'listedSubjects'), numeric: true }]}
        rows={result.nodes.map((obligation) => ({
          key: obligation.measure.id,
          attributes: { 'data-obligation': obligation.measure.id },
          cells: [<NodeButton node={obligation.measure} lang={lang} onOpen={onOpen} />, <ListsWithBasis lists={obligation.lists} lang={lang} />, obligation.listedSubjects],
        }))}
      />
    </section>
  );
}

interface MeasureBearersProps {
  measure: { id: string; label: string; labelEn?: string | null; nameEn?: string | null };
  asOf: string | null;
  lang: Lang;
  onOpen(id: string): void;
}

/** Who bears `measure` at `asOf`, and why: opened on demand (it may list many subjects). */
export function MeasureBearersView(props: MeasureBearersProps) {
  const [open, setOpen] = useState(false);
  const { measure, lang } = props;
  return (
    <details key={measure.id} className="reverse-view measure-bearers" aria-label={t(lang, 'whoBears')} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t(lang, 'whoBears')}: {nodeName(lang, measure)}
      </summary>
      <p className="sub">{t(lang, 'whoBearsIntro')}</p>
      {open && <MeasureBearersTable {...props} />}
    </details>
  );
}

function MeasureBearersTable({ measure: { id: measure }, asOf, lang, onOpen }: MeasureBearersProps) {
  const state = useQuery(MeasureBearersDocument, { measure, asOf });
  if (state.status === 'error') return <ErrorMessage lang={lang} error={state.error} />;
  if (state.status !== 'done') return <Loading lang={lang} />;
  const result = state.data.measureBearers;
  const hidden = result.totalCount - result.nodes.length;
  return (
    <>
      <p>
        {t(lang, 'listedSubjects')}: <strong>{result.totalCount}</strong>
      </p>
      <div className="reverse-lists">
        <span className="step">{t(lang, 'onLists')}</span>
        <ListsWithBasis lists={result.lists} lang={lang} />
      </div>
      <ScrollingTable
        lang={lang}
        columns={[{ header: t(lang, 'listedSubjects') }, { header: t(lang, 'bearers') }]}
        rows={result.nodes.map((entry) => ({
          key: entry.subject.id,
          attributes: { 'data-case': entry.subject.id },
          cells: [
            <NodeButton node={entry.subject} lang={lang} onOpen={onOpen} />,
            entry.bearers.map((bearer) => (
              <div key={bearer.party.id}>
                {nodeName(lang, bearer.party)} <span className="sub">({joined(lang, bearer.roles.map((role) => roleName(lang, role)))})</span>
              </div>
            )),
          ],
        }))}
      />
      {hidden > 0 && <p className="sub">{t(lang, 'moreNotShown').replace('{n}', String(hidden))}</p>}
    </>
  );
}
