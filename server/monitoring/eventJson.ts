import type { ExplainedChange } from '../../graph/monitoring/changes.ts';
import { pathInWords } from '../../graph/paths/pathWords.ts';

/** The JSON shape of an event in feeds and webhook bodies (the GraphQL ChangeEvent's fields). */
export function eventJson(event: ExplainedChange) {
  return {
    id: event.id,
    kind: event.kind,
    subject: { id: event.subjectId, name: event.subjectName },
    factId: event.factId,
    factKind: event.factKind,
    partyId: event.partyId,
    on: event.on,
    recordedAt: event.recordedAt,
    source: event.source,
    sourceUrl: event.sourceUrl,
    watched: event.watchedId,
    path: { ...event.path, words: pathInWords(event.path) },
    changes: event.fields,
    measuresNowApplying: event.measuresNowApplying,
    measuresNoLongerApplying: event.measuresNoLongerApplying,
    exposureBefore: event.exposureBefore,
    exposureAfter: event.exposureAfter,
  };
}
