import type { Graph } from '../../graph/driver.ts';
import { creditReportData } from './creditReport.ts';
import { creditReportHtml } from './html.ts';
import { htmlToPdf } from './pdf.ts';
import type { ReportLang } from './words.ts';

export interface ReportRequest {
  companyId: string;
  asOf: string;
  /** Monitoring events since (default: one year before asOf). */
  since?: string;
  lang: ReportLang;
  format: 'html' | 'pdf';
  now?: Date;
}

export const yearBefore = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;

/** The company credit report as HTML text or PDF bytes (shared by `npm run report` and /reports). */
export async function renderCreditReport(graph: Graph, request: ReportRequest): Promise<string | Buffer> {
  const data = await creditReportData(graph, request.companyId, request.asOf, request.since ?? yearBefore(request.asOf), request.now);
  const html = creditReportHtml(data, request.lang);
  return request.format === 'html' ? html : htmlToPdf(html);
}
