import express from 'express';
import type { Graph } from '../../graph/driver.ts';
import { isCalendarDate, today } from '../args.ts';
import { UnknownCompanyError } from '../report/creditReport.ts';
import { renderCreditReport } from '../report/render.ts';

/**
 * GET /reports/<USCC>.pdf|.html?asOf=&since=&lang=zh|en — the company credit report, as the
 * profile's download link asks for it (key-protected when keys are configured).
 */
export function reportRouter(graph: Graph): express.Router {
  const router = express.Router();
  router.get(/^\/([^/]+)\.(pdf|html)$/, async (req, res, next) => {
    const params = req.params as unknown as Record<string, string>;
    const [companyId, format] = [decodeURIComponent(params[0]!).toUpperCase(), params[1] as 'pdf' | 'html'];
    const asOf = typeof req.query.asOf === 'string' && req.query.asOf ? req.query.asOf : today();
    const since = typeof req.query.since === 'string' && req.query.since ? req.query.since : undefined;
    for (const [name, value] of [['asOf', asOf], ['since', since]] as const) {
      if (value !== undefined && !isCalendarDate(value)) {
        res.status(400).json({ error: `${name} must be a date YYYY-MM-DD, got '${value}'` });
        return;
      }
    }
    try {
      const report = await renderCreditReport(graph, { companyId, asOf, since, lang: req.query.lang === 'en' ? 'en' : 'zh', format });
      if (format === 'pdf') {
        res.type('application/pdf').set('Content-Disposition', `attachment; filename="credit-report-${companyId}-${asOf}.pdf"`).send(report);
      } else res.type('html').send(report);
    } catch (error) {
      if (error instanceof UnknownCompanyError) res.status(404).json({ error: error.message });
      else next(error);
    }
  });
  return router;
}
