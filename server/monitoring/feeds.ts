import express from 'express';
import type { Graph } from '../../graph/driver.ts';
import { changes, UnknownWatchlistError, type ExplainedChange } from '../../graph/monitoring/changes.ts';
import { pathInWords } from '../../graph/paths/pathWords.ts';
import { isCalendarDate } from '../args.ts';
import { eventJson } from './eventJson.ts';

/**
 * Per-watchlist feeds: GET /feeds/<watchlist>.json and /feeds/<watchlist>.atom, `?since=YYYY-MM-DD`
 * (default: 30 days back), newest first, at most 200 events. Behind the API-key check when keys are
 * configured (server/security/index.ts).
 */

export const feedDays = 30;
const feedSize = 200;

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** One line saying what happened, for Atom titles (the web UI words events through its i18n). */
export function eventTitle(event: ExplainedChange): string {
  return `${event.kind.replaceAll('_', ' ')}: ${event.subjectName ?? event.subjectId} (${event.on})`;
}

export function atomFeed(watchlist: string, events: readonly ExplainedChange[], selfUrl: string, now: Date): string {
  const entries = events.map((event) => {
    const measures = event.measuresNowApplying.map((m) => m.nameEn ?? m.name).join('; ');
    const summary = [
      pathInWords(event.path),
      event.fields.map((f) => `${f.field}: ${f.before ?? '—'} → ${f.after ?? '—'}`).join('; '),
      measures ? `now applying: ${measures}` : '',
      `exposure ${event.exposureBefore ?? '—'} → ${event.exposureAfter ?? '—'}`,
    ].filter(Boolean);
    return `  <entry>
    <id>urn:scs-graph:event:${escapeXml(event.id)}</id>
    <title>${escapeXml(eventTitle(event))}</title>
    <updated>${escapeXml(event.recordedAt)}</updated>
    <category term="${escapeXml(event.kind)}"/>
    <summary>${escapeXml(summary.join('\n'))}</summary>
    <source><title>${escapeXml(event.source)}</title></source>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>urn:scs-graph:watchlist:${escapeXml(watchlist)}</id>
  <title>scs-graph watchlist ${escapeXml(watchlist)}</title>
  <link rel="self" href="${escapeXml(selfUrl)}"/>
  <updated>${escapeXml(events[0]?.recordedAt ?? now.toISOString())}</updated>
${entries.join('\n')}
</feed>
`;
}

export function feedRouter(graph: Graph, now: () => Date = () => new Date()): express.Router {
  const router = express.Router();
  router.get(/^\/([^/]+)\.(json|atom)$/, async (req, res, next) => {
    const params = req.params as unknown as Record<string, string>;
    const [watchlist, format] = [decodeURIComponent(params[0]!), params[1]!];
    const since = typeof req.query.since === 'string' ? req.query.since : new Date(now().getTime() - feedDays * 86_400_000).toISOString().slice(0, 10);
    if (!isCalendarDate(since)) {
      res.status(400).json({ error: `since must be a date YYYY-MM-DD, got '${since}'` });
      return;
    }
    try {
      const page = await changes(graph, { watchlist, since, first: feedSize });
      if (format === 'json') {
        res.json({ watchlist, since, totalCount: page.totalCount, events: page.items.map(eventJson) });
      } else {
        res.type('application/atom+xml').send(atomFeed(watchlist, page.items, `${req.protocol}://${req.get('host')}${req.originalUrl}`, now()));
      }
    } catch (error) {
      if (error instanceof UnknownWatchlistError) res.status(404).json({ error: error.message });
      else next(error);
    }
  });
  return router;
}
