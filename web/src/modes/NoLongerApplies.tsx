/**
 * The trace's "no longer applies" section: measures rules in force would impose on the subject's
 * listings but that the 2020–21 reform ended at the date, each with the edition that ended it and since when.
 */
import type { SanctionTraceQuery } from '../api/generated.ts';
import { NodeButton } from '../components/NodeButton.tsx';
import { codeName, t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';

type NotApplicable = SanctionTraceQuery['sanctionTrace']['notApplicable'][number];

export function NoLongerApplies({ entries, lang, onOpen }: { entries: readonly NotApplicable[]; lang: Lang; onOpen(id: string): void }) {
  if (entries.length === 0) return null;
  return (
    <section className="no-longer-applies" aria-label={t(lang, 'noLongerApplies')}>
      <h3>
        {t(lang, 'noLongerApplies')} ({entries.length})
      </h3>
      <p className="sub">{t(lang, 'noLongerAppliesIntro')}</p>
      <table className="compact-table">
        <thead>
          <tr>
            <th>{t(lang, 'measures')}</th>
            <th>{t(lang, 'reason')}</th>
            <th>{t(lang, 'since')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={`${entry.measure.id}-${entry.list.id}`} data-not-applicable={entry.measure.id}>
              <td>
                <NodeButton node={entry.measure} lang={lang} onOpen={onOpen} />
                <div className="sub">
                  {t(lang, 'list')}: {lang === 'en' && entry.list.nameEn ? entry.list.nameEn : entry.list.label}
                </div>
              </td>
              <td>
                {codeName(lang, entry.reason)}
                <div className="sub">
                  {t(lang, 'endedBy')}:{' '}
                  <NodeButton
                    node={{
                      ...entry.endedBy,
                      label: entry.endedBy.docNumber ?? entry.endedBy.label,
                      nameEn: entry.endedBy.docNumber ? null : entry.endedBy.nameEn,
                    }}
                    lang={lang}
                    onOpen={onOpen}
                  />
                </div>
              </td>
              <td className="nowrap">{entry.since}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
