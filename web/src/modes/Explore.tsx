/**
 * Explore: without a subject, the SCS machinery itself (the 2016 judgment-debtor memorandum's
 * neighbourhood: the list that triggers it, its signatory agencies, its measures and their
 * implementing agencies) with the demo story's entities as starting points; with a subject, its
 * neighbourhood at the as-of date, expandable by double-click.
 */
import { useEffect } from 'react';
import { NeighborhoodDocument } from '../api/generated.ts';
import { Empty, ErrorMessage, Loading } from '../components/Status.tsx';
import { t } from '../i18n.ts';
import { useQuery } from '../state/useQuery.ts';
import { demoStartingPoints, systemCentre } from './startingPoints.ts';
import type { ModePanelProps } from './index.ts';

export function ExplorePanel({ route, lang, showView, open }: ModePanelProps) {
  const centre = route.subject ?? systemCentre;
  const state = useQuery(NeighborhoodDocument, { id: centre, hops: route.subject ? (route.hops ?? 1) : 2, limit: route.subject ? 200 : 400, perNode: route.subject ? 50 : 60, asOf: route.date });
  useEffect(() => {
    if (state.status === 'done') showView(state.data.neighborhood, { highlighted: new Set([centre]) });
  }, [state, showView, centre]);

  return (
    <section className="panel">
      {!route.subject && (
        <>
          <h2>{t(lang, 'appTitle')}</h2>
          <p>{t(lang, 'systemIntro')}</p>
          <h3>{t(lang, 'startingPoints')}</h3>
          <ul className="starting-points">
            {demoStartingPoints.map((point) => (
              <li key={point.id}>
                <button type="button" className="node-link" onClick={() => open(point.id, point.mode)}>
                  {point[lang]}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {state.status === 'loading' && <Loading lang={lang} />}
      {state.status === 'error' && <ErrorMessage lang={lang} error={state.error} />}
      {state.status === 'done' && state.data.neighborhood.nodes.length === 0 && <Empty lang={lang} />}
      {state.status === 'done' && state.data.neighborhood.truncated.length > 0 && (
        <p className="sub">
          {t(lang, 'truncatedNote')}
          {state.data.neighborhood.truncated.map((hub) => `+${hub.omitted}`).join(', ')}
        </p>
      )}
    </section>
  );
}
