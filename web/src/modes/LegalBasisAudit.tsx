/**
 * The legal-basis audit at a date: lists and measures (per triggering list) whose basis is below law
 * or administrative regulation, not in force, or missing. Opened on demand (it reads the whole system).
 */
import { useState, type ReactNode } from 'react';
import { LegalBasisAuditDocument } from '../api/generated.ts';
import { NodeButton, nodeName } from '../components/NodeButton.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { basisName, codeName, t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';
import { useQuery } from '../state/useQuery.ts';

type DocumentLike = { id: string; docNumber: string | null; label: string; labelEn?: string | null; nameEn?: string | null };
const documentsText = (lang: Lang, documents: readonly DocumentLike[]) => documents.map((d) => d.docNumber ?? nodeName(lang, d)).join('; ') || '—';

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

/** One finding of the audit: its row's key and test attribute, the subject cell, and the problem with its basis. */
interface FindingRow {
  key: string;
  attributes: Record<string, string>;
  subject: ReactNode;
  problem: string;
  basisLevel: string | null;
  documents: readonly DocumentLike[];
}

function FindingsTable({ title, subjectHeader, rows, lang }: { title: string; subjectHeader: string; rows: readonly FindingRow[]; lang: Lang }) {
  return (
    <>
      <h4>
        {title} ({rows.length})
      </h4>
      <table className="compact-table">
        <thead>
          <tr>
            <th>{subjectHeader}</th>
            <th>{t(lang, 'problem')}</th>
            <th>{t(lang, 'documents')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} {...row.attributes}>
              <td>{row.subject}</td>
              <td>
                {codeName(lang, row.problem)}
                <div className="sub">{basisName(lang, row.basisLevel)}</div>
              </td>
              <td className="sub">{documentsText(lang, row.documents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function AuditTables({ asOf, lang, onOpen }: { asOf: string | null; lang: Lang; onOpen(id: string): void }) {
  const state = useQuery(LegalBasisAuditDocument, { asOf });
  if (state.status === 'error') return <ErrorMessage lang={lang} error={state.error} />;
  if (state.status !== 'done') return <Loading lang={lang} />;
  const audit = state.data.legalBasisAudit;
  const lists = audit.lists.map((finding) => ({
    key: finding.list.id,
    attributes: { 'data-audit-list': finding.list.id },
    subject: <NodeButton node={finding.list} lang={lang} onOpen={onOpen} />,
    ...finding,
  }));
  const measures = audit.measures.map((finding) => ({
    key: `${finding.measure.id}-${finding.list?.id ?? ''}`,
    attributes: { 'data-audit-measure': finding.measure.id },
    subject: (
      <>
        <NodeButton node={finding.measure} lang={lang} onOpen={onOpen} />
        {finding.list && <div className="sub">{nodeName(lang, finding.list)}</div>}
      </>
    ),
    ...finding,
  }));
  return (
    <>
      <FindingsTable title={t(lang, 'lists')} subjectHeader={t(lang, 'list')} rows={lists} lang={lang} />
      <FindingsTable title={t(lang, 'measures')} subjectHeader={t(lang, 'measures')} rows={measures} lang={lang} />
    </>
  );
}
