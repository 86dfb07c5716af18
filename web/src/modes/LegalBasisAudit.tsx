/**
 * The legal-basis audit at a date: lists and measures (per triggering list) whose basis is below law
 * or administrative regulation, not in force, or missing. Opened on demand (it reads the whole system).
 */
import { useState } from 'react';
import { LegalBasisAuditDocument } from '../api/generated.ts';
import { NodeButton } from '../components/NodeButton.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { basisName, codeName, t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';
import { useQuery } from '../state/useQuery.ts';

type Named = { label: string; nameEn?: string | null };
const nameOf = (lang: Lang, ref: Named) => (lang === 'en' && ref.nameEn ? ref.nameEn : ref.label);
type DocumentLike = { id: string; docNumber: string | null; label: string; nameEn?: string | null };
const documentsText = (lang: Lang, documents: readonly DocumentLike[]) => documents.map((d) => d.docNumber ?? nameOf(lang, d)).join('; ') || '—';

export function LegalBasisAudit({ asOf, lang, onOpen }: { asOf: string | null; lang: Lang; onOpen(id: string): void }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="legal-basis-audit" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t(lang, 'legalBasisAudit')}</summary>
      <p className="sub">{t(lang, 'legalBasisAuditIntro')}</p>
      {open && <AuditTables asOf={asOf} lang={lang} onOpen={onOpen} />}
    </details>
  );
}

function AuditTables({ asOf, lang, onOpen }: { asOf: string | null; lang: Lang; onOpen(id: string): void }) {
  const state = useQuery(LegalBasisAuditDocument, { asOf });
  if (state.status === 'error') return <ErrorMessage lang={lang} error={state.error} />;
  if (state.status !== 'done') return <Loading lang={lang} />;
  const audit = state.data.legalBasisAudit;
  return (
    <>
      <h4>
        {t(lang, 'lists')} ({audit.lists.length})
      </h4>
      <table className="compact-table">
        <thead>
          <tr>
            <th>{t(lang, 'list')}</th>
            <th>{t(lang, 'problem')}</th>
            <th>{t(lang, 'documents')}</th>
          </tr>
        </thead>
        <tbody>
          {audit.lists.map((finding) => (
            <tr key={finding.list.id} data-audit-list={finding.list.id}>
              <td>
                <NodeButton node={finding.list} lang={lang} onOpen={onOpen} />
              </td>
              <td>
                {codeName(lang, finding.problem)}
                <div className="sub">{basisName(lang, finding.basisLevel)}</div>
              </td>
              <td className="sub">{documentsText(lang, finding.documents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>
        {t(lang, 'measures')} ({audit.measures.length})
      </h4>
      <table className="compact-table">
        <thead>
          <tr>
            <th>{t(lang, 'measures')}</th>
            <th>{t(lang, 'problem')}</th>
            <th>{t(lang, 'documents')}</th>
          </tr>
        </thead>
        <tbody>
          {audit.measures.map((finding) => (
            <tr key={`${finding.measure.id}-${finding.list?.id ?? ''}`} data-audit-measure={finding.measure.id}>
              <td>
                <NodeButton node={finding.measure} lang={lang} onOpen={onOpen} />
                {finding.list && <div className="sub">{nameOf(lang, finding.list)}</div>}
              </td>
              <td>
                {codeName(lang, finding.problem)}
                <div className="sub">{basisName(lang, finding.basisLevel)}</div>
              </td>
              <td className="sub">{documentsText(lang, finding.documents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
