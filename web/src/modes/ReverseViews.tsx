/**
 * The trace's two reverse views: what an agency must enforce at the date (every measure it
 * implements, on which lists and basis, how many subjects are listed there), and who bears a measure
 * (every subject listed where it applies, with the bearers its listing makes).
 */
import { useState } from 'react';
import { AgencyObligationsDocument, MeasureBearersDocument } from '../api/generated.ts';
import { NodeButton } from '../components/NodeButton.tsx';
import { Empty, ErrorMessage, Loading } from '../components/Status.tsx';
import { basisName, roleName, t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';
import { useQuery } from '../state/useQuery.ts';

type Named = { label: string; nameEn?: string | null };
const nameOf = (lang: Lang, ref: Named) => (lang === 'en' && ref.nameEn ? ref.nameEn : ref.label);
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
          {nameOf(lang, entry.list)} <span className="sub">· {basisName(lang, entry.basisLevel)}</span>
          {entry.belowLawOrRegulation && <span className="flag"> ⚑</span>}
        </div>
      ))}
    </>
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
        {t(lang, 'mustEnforce')}: {nameOf(lang, result.agency)} ({result.totalCount})
      </h3>
      {result.nodes.length === 0 ? (
        <Empty lang={lang} />
      ) : (
        <div className="scroll-box">
          <table className="compact-table">
            <thead>
              <tr>
                <th>{t(lang, 'measures')}</th>
                <th>{t(lang, 'onLists')}</th>
                <th className="num">{t(lang, 'listedSubjects')}</th>
              </tr>
            </thead>
            <tbody>
              {result.nodes.map((obligation) => (
                <tr key={obligation.measure.id} data-obligation={obligation.measure.id}>
                  <td>
                    <NodeButton node={obligation.measure} lang={lang} onOpen={onOpen} />
                  </td>
                  <td>
                    <ListsWithBasis lists={obligation.lists} lang={lang} />
                  </td>
                  <td className="num">{obligation.listedSubjects}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface MeasureBearersProps {
  measure: { id: string; label: string; nameEn?: string | null };
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
        {t(lang, 'whoBears')}: {nameOf(lang, measure)}
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
      {result.nodes.length === 0 ? (
        <Empty lang={lang} />
      ) : (
        <div className="scroll-box">
          <table className="compact-table">
            <thead>
              <tr>
                <th>{t(lang, 'listedSubjects')}</th>
                <th>{t(lang, 'bearers')}</th>
              </tr>
            </thead>
            <tbody>
              {result.nodes.map((entry) => (
                <tr key={entry.subject.id} data-case={entry.subject.id}>
                  <td>
                    <NodeButton node={entry.subject} lang={lang} onOpen={onOpen} />
                  </td>
                  <td>
                    {entry.bearers.map((bearer) => (
                      <div key={bearer.party.id}>
                        {nameOf(lang, bearer.party)}{' '}
                        <span className="sub">
                          (
                          {joined(
                            lang,
                            bearer.roles.map((role) => roleName(lang, role)),
                          )}
                          )
                        </span>
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hidden > 0 && <p className="sub">{t(lang, 'moreNotShown').replace('{n}', String(hidden))}</p>}
    </>
  );
}
