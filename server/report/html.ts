import { word, codeWord, type ReportLang } from './words.ts';
import type { CreditReportData } from './creditReport.ts';
import { pathInWords } from '../../graph/paths/pathWords.ts';
import { divisionName } from '../../graph/domain/divisionNames.ts';
import { industryName } from '../../graph/domain/industries.ts';

/** The credit report as one self-contained, printable HTML page (no script, inline style, A4). */

const esc = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);

const table = (headers: string[], rows: unknown[][], empty: string) =>
  rows.length === 0
    ? `<p class="empty">${esc(empty)}</p>`
    : `<table><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
        .map((row) => `<tr>${row.map((cell) => `<td>${cell instanceof Raw ? cell.html : esc(cell)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;

class Raw {
  constructor(readonly html: string) {}
}

const style = `
@page { size: A4; margin: 16mm 14mm; }
body { font-family: 'Noto Sans CJK SC', 'Noto Sans SC', 'Noto Sans', sans-serif; font-size: 10.5pt; color: #111; line-height: 1.45; }
h1 { font-size: 18pt; margin: 0 0 2mm; } h2 { font-size: 12.5pt; border-bottom: 1.5px solid #333; margin: 7mm 0 2mm; padding-bottom: 1mm; }
.meta { color: #444; } .warn { background: #fff4d6; border: 1px solid #e0b84a; padding: 2mm 3mm; margin: 3mm 0; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; page-break-inside: auto; } tr { page-break-inside: avoid; }
th, td { border: 1px solid #bbb; padding: 1mm 1.5mm; text-align: left; vertical-align: top; } th { background: #eee; }
.flag { color: #a00; font-weight: 600; } .empty { color: #555; font-style: italic; } .small { font-size: 9pt; color: #444; }
dl { display: grid; grid-template-columns: 42mm 1fr; gap: 0.5mm 4mm; margin: 0; } dt { color: #444; } dd { margin: 0; }`;

export function creditReportHtml(data: CreditReportData, lang: ReportLang): string {
  const w = (key: Parameters<typeof word>[1]) => word(lang, key);
  const p = data.company.props;
  const name = lang === 'en' && p.nameEn ? String(p.nameEn) : String(p.nameZh ?? data.company.id);
  const registration = [
    [w('uscc'), p.uscc],
    [w('name'), p.nameZh],
    [w('nameEn'), p.nameEn],
    [w('legalForm'), codeWord(lang, p.legalForm)],
    [w('status'), codeWord(lang, p.status)],
    [w('capital'), typeof p.registeredCapital === 'number' ? p.registeredCapital.toLocaleString('en-US') : ''],
    [w('established'), p.established],
    [w('division'), divisionName(lang, typeof p.divisionCode === 'string' ? p.divisionCode : null)],
    [w('industry'), industryName(lang, typeof p.industryCode === 'string' ? p.industryCode : null)],
    [w('address'), p.address],
  ].filter(([, v]) => v !== null && v !== undefined && v !== '');
  const records = data.file.records.map((r) => {
    const x = r.props;
    const detail = [x.title, x.number, codeWord(lang, x.recordKind), typeof x.amount === 'number' ? `CNY ${x.amount.toLocaleString('en-US')}` : null, x.legalBasis, codeWord(lang, x.result), x.validUntil ? `→ ${x.validUntil}` : null, r.repaired ? codeWord(lang, 'repaired') : null]
      .filter(Boolean)
      .join(' · ');
    return [codeWord(lang, r.section), x.decidedOn, detail, r.agency?.name ?? x.agencyName ?? '', x.source];
  });
  const trace = data.trace;
  const listings = (trace?.listings ?? []).map((l) => [lang === 'en' && l.list.nameEn ? l.list.nameEn : l.list.name, `${l.from} – ${l.endedOn ?? l.until ?? ''}`, codeWord(lang, l.status), l.decidedBy?.name ?? '', l.caseNumber ?? '', l.props.source]);
  const measures = (trace?.measures ?? []).map((m) => [
    lang === 'en' && m.measure.nameEn ? m.measure.nameEn : m.measure.name,
    new Raw(`${esc(m.basisLevel ?? m.measure.legalBasisLevel ?? '')} · ${esc(m.documents.map((d) => d.docNumber ?? d.name).join('；'))}${m.belowLawOrRegulation ? ` <span class="flag">(${esc(w('belowLaw'))})</span>` : ''}`),
    m.agencies.map((a) => a.abbreviation ?? a.name).join('、'),
  ]);
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${esc(w('title'))} · ${esc(name)} · ${esc(data.asOf)}</title><style>${style}</style></head>
<body>
<h1>${esc(w('title'))}: ${esc(name)}</h1>
<p class="meta">${esc(w('uscc'))} ${esc(p.uscc)} · ${esc(w('asOf'))} <strong>${esc(data.asOf)}</strong> · ${esc(w('generatedAt'))} ${esc(data.generatedAt)}</p>
${p.synthetic ? `<p class="warn">${esc(w('synthetic'))}</p>` : ''}
<h2>1. ${esc(w('registration'))}</h2>
<dl>${registration.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
<h2>2. ${esc(w('creditFile'))}</h2>
${table([w('section'), w('count')], data.file.sections.map((s) => [codeWord(lang, s.section), s.count]), w('none'))}
${table([w('section'), w('date'), w('record'), w('agency'), w('source')], records, w('none'))}
<h2>3. ${esc(w('grades'))}</h2>
${table([w('year'), w('scheme'), w('grade'), w('agency')], data.file.grades.map((g) => [g.year, lang === 'en' && g.schemeEn ? g.schemeEn : g.scheme, codeWord(lang, g.grade), g.agency ?? '']), w('none'))}
<h2>4. ${esc(w('listings'))}</h2>
${table([w('list'), w('period'), w('status'), w('decidedBy'), '#', w('source')], listings, w('noListings'))}
${measures.length ? table([w('measure'), w('legalBasis'), w('implementedBy')], measures, w('none')) : ''}
<h2>5. ${esc(w('exposure'))}</h2>
<p>${esc(w('exposureLevel'))}: <strong>${esc(data.exposure.level ?? '—')}</strong> · ${esc(w('hits'))}: <strong>${esc(data.exposure.totalHits)}</strong></p>
${table([w('name'), w('hops'), w('score'), w('path')], data.exposure.hits.map((h) => [h.name ?? h.id, h.hops, h.score, pathInWords(h.path, lang)]), w('none'))}
<h2>6. ${esc(w('events'))} (${esc(w('since'))} ${esc(data.since)})</h2>
${table([w('date'), w('kind'), w('record'), w('source')], data.events.map((e) => [e.on, codeWord(lang, e.kind === 'penalty' ? 'penalty_event' : e.kind), e.factId, e.source]), w('noEvents'))}
<h2>7. ${esc(w('sources'))}</h2>
<p><strong>${esc(w('factSources'))}</strong></p>
<ul>${data.sources.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
<p><strong>${esc(w('loaded'))}</strong></p>
<ul class="small">${data.loaded.map((l) => `<li>${esc(l.key)} (${l.completed ? '✓' : '…'} ${esc(l.updatedAt)})</li>`).join('')}</ul>
<p class="small">${esc(w('generatedAt'))}: ${esc(data.generatedAt)} · ${esc(w('asOf'))}: ${esc(data.asOf)} · scs-graph. ${esc(w('disclaimer'))}</p>
</body></html>
`;
}
