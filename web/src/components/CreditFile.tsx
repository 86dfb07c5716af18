/**
 * The credit file in the profile: NECIPS's sections with their counts as of the chosen date, each
 * record with its source, and the company credit report (PDF or HTML) for the same date.
 */
import { CreditFileDocument, type CreditFileQuery } from '../api/generated.ts';
import { formatCapital } from '../format.ts';
import { codeName, creditName, t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';
import { useQuery } from '../state/useQuery.ts';
import { partyName } from './NodeButton.tsx';
import { Source } from './Source.tsx';
import { ErrorMessage, Loading } from './Status.tsx';

type File = CreditFileQuery['creditFile'];
type RecordRow = File['records'][number];

/** What a record says in one line, by section. */
function recordLine(record: RecordRow, lang: Lang): string {
  const zh = lang === 'zh';
  const parts: Array<string | null | undefined> = [record.title, record.number];
  if (record.section === 'penalty') {
    parts.push(creditName(lang, record.recordKind), record.amount != null ? formatCapital(record.amount, lang) : null, record.legalBasis);
    parts.push(record.repaired ? codeName(lang, 'repaired') : null, record.published === false ? t(lang, 'notPublished') : null);
  }
  if (record.section === 'licence') parts.push(`${record.validFrom ?? ''} – ${record.validUntil ?? ''}`, record.valid ? t(lang, 'valid') : t(lang, 'notValid'));
  if (record.section === 'inspection') parts.push(creditName(lang, record.recordKind), creditName(lang, record.result));
  if (record.section === 'annual_report') {
    parts.push(record.onTime ? t(lang, 'onTime') : t(lang, 'late'), record.employees != null ? (zh ? `从业 ${record.employees} 人，参保 ${record.insured ?? '—'} 人` : `${record.employees} employees, ${record.insured ?? '—'} insured`) : null);
  }
  if (record.section === 'commitment') parts.push(creditName(lang, record.result));
  parts.push(record.agency ? partyName(lang, record.agency) : record.agencyName);
  return parts.filter((part) => part).join(' · ');
}

export function CreditFileView({ subject, lang, asOf }: { subject: string; lang: Lang; asOf: string | null }) {
  const state = useQuery(CreditFileDocument, { subject, asOf });
  const query = new URLSearchParams({ lang, ...(asOf ? { asOf } : {}) }).toString();
  return (
    <section className="credit-file" aria-label={t(lang, 'creditFile')}>
      <h3>
        {t(lang, 'creditFile')}
        {state.status === 'done' && <span className="sub"> · {t(lang, 'asOf')} {state.data.creditFile.asOf}</span>}
      </h3>
      <p className="report-links">
        <a href={`/reports/${encodeURIComponent(subject)}.pdf?${query}`} download>
          {t(lang, 'creditReport')}
        </a>{' '}
        ·{' '}
        <a href={`/reports/${encodeURIComponent(subject)}.html?${query}`} target="_blank" rel="noreferrer">
          {t(lang, 'creditReportHtml')}
        </a>
      </p>
      {state.status === 'loading' && <Loading lang={lang} />}
      {state.status === 'error' && <ErrorMessage lang={lang} error={state.error} />}
      {state.status === 'done' && <Sections file={state.data.creditFile} lang={lang} />}
    </section>
  );
}

function Sections({ file, lang }: { file: File; lang: Lang }) {
  return (
    <>
      <ul className="credit-sections">
        {file.sections.map((s) => (
          <li key={s.section} data-section={s.section} className={s.count ? '' : 'none'}>
            {creditName(lang, s.section)} <strong>{s.count}</strong>
          </li>
        ))}
      </ul>
      {file.sections
        .filter((s) => s.count > 0 && s.section !== 'abnormal_operations' && s.section !== 'grade')
        .map((s) => (
          <details key={s.section} data-section={s.section}>
            <summary>
              {creditName(lang, s.section)} ({s.count})
            </summary>
            <ul>
              {file.records
                .filter((r) => r.section === s.section)
                .map((r) => (
                  <li key={r.id} data-record={r.id}>
                    <span className="date">{r.decidedOn}</span> {recordLine(r, lang)} <Source provenance={r.provenance} lang={lang} />
                  </li>
                ))}
            </ul>
          </details>
        ))}
      {file.abnormal.length > 0 && (
        <details data-section="abnormal_operations">
          <summary>
            {creditName(lang, 'abnormal_operations')} ({file.abnormal.length})
          </summary>
          <ul>
            {file.abnormal.map((a) => (
              <li key={a.id}>
                {a.from} – {a.endedOn ?? a.until ?? ''} · {codeName(lang, a.status)} · {a.reason ?? ''}
              </li>
            ))}
          </ul>
        </details>
      )}
      {file.grades.length > 0 && (
        <details data-section="grade">
          <summary>
            {creditName(lang, 'grade')} ({file.grades.length})
          </summary>
          <ul>
            {file.grades.map((g) => (
              <li key={g.id}>
                {g.year} · {lang === 'en' && g.schemeEn ? g.schemeEn : g.scheme} · <strong>{creditName(lang, g.grade)}</strong> {g.agency ? `· ${g.agency}` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
