/**
 * The canvas's view controls: filters by node kind, relationship type, list kind and listing date (of
 * what the view holds; the state lives in the URL, graph/filters), the label size, and the style
 * choices (colour by kind or by list status, size by number of links).
 */
import type { GraphViewLike } from '../graph/elements.ts';
import { activeFilters, noFilters, type Filters } from '../graph/filters/index.ts';
import { kindLook } from '../graph/kinds.ts';
import { labelScales } from '../graph/labelSize.ts';
import { codeName, relName, t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';

export interface ViewStyle {
  colour: 'kind' | 'status';
  size: 'fixed' | 'degree';
}

export interface ViewControlsProps {
  lang: Lang;
  view: GraphViewLike;
  filters: Filters;
  onFilters(filters: Filters): void;
  labelScale: number;
  onLabelScale(scale: number): void;
  style: ViewStyle;
  onStyle(style: ViewStyle): void;
}

const toggled = (set: ReadonlySet<string>, value: string) => {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
};

const present = (values: Iterable<string | null | undefined>) => [...new Set([...values].filter((value): value is string => Boolean(value)))].sort();

/** One fieldset of checkboxes: ticked = drawn; the values in the view plus any hidden ones (so a filter can be undone). */
function Checklist({ title, attribute, values, hidden, name, onChange }: { title: string; attribute: string; values: readonly string[]; hidden: ReadonlySet<string>; name(value: string): string; onChange(hidden: ReadonlySet<string>): void }) {
  const all = present([...values, ...hidden]);
  if (all.length === 0) return null;
  return (
    <fieldset>
      <legend>{title}</legend>
      {all.map((value) => (
        <label key={value}>
          <input type="checkbox" {...{ [attribute]: value }} checked={!hidden.has(value)} onChange={() => onChange(toggled(hidden, value))} />
          {name(value)}
        </label>
      ))}
    </fieldset>
  );
}

export function ViewControls({ lang, view, filters, onFilters, labelScale, onLabelScale, style, onStyle }: ViewControlsProps) {
  const active = activeFilters(filters);
  const hasListings = view.nodes.some((node) => node.kind === 'Listing') || filters.listed.from !== null || filters.listed.until !== null;
  return (
    <details className="view-controls">
      <summary>
        {t(lang, 'filtersAndStyle')}
        {active > 0 ? ` (${active})` : ''}
      </summary>
      <div className="view-controls-body">
        <Checklist title={t(lang, 'nodeKinds')} attribute="data-kind" values={view.nodes.map((node) => node.kind)} hidden={filters.kinds} name={(kind) => kindLook(kind)[lang]} onChange={(kinds) => onFilters({ ...filters, kinds })} />
        <Checklist title={t(lang, 'relationshipTypes')} attribute="data-type" values={view.edges.map((edge) => edge.type)} hidden={filters.relationships} name={(type) => relName(lang, type)} onChange={(relationships) => onFilters({ ...filters, relationships })} />
        <Checklist title={t(lang, 'listKindsFilter')} attribute="data-list-kind" values={present(view.nodes.map((node) => node.listKind))} hidden={filters.listKinds} name={(kind) => codeName(lang, kind) ?? kind} onChange={(listKinds) => onFilters({ ...filters, listKinds })} />
        {hasListings && (
          <fieldset className="listing-dates">
            <legend>{t(lang, 'listingDates')}</legend>
            <label>
              {t(lang, 'dateFrom')} <input type="date" data-listed="from" value={filters.listed.from ?? ''} onChange={(event) => onFilters({ ...filters, listed: { ...filters.listed, from: event.target.value || null } })} />
            </label>
            <label>
              {t(lang, 'dateUntil')} <input type="date" data-listed="until" value={filters.listed.until ?? ''} onChange={(event) => onFilters({ ...filters, listed: { ...filters.listed, until: event.target.value || null } })} />
            </label>
          </fieldset>
        )}
        <fieldset>
          <legend>{t(lang, 'styleLegend')}</legend>
          <label>
            {t(lang, 'labelSize')}{' '}
            <select className="label-size" value={labelScale} onChange={(event) => onLabelScale(Number(event.target.value))}>
              {labelScales.map((scale) => (
                <option key={scale} value={scale}>
                  {scale}%
                </option>
              ))}
            </select>
          </label>
          <label>
            {t(lang, 'colourBy')}{' '}
            <select value={style.colour} onChange={(event) => onStyle({ ...style, colour: event.target.value as ViewStyle['colour'] })}>
              <option value="kind">{t(lang, 'byKind')}</option>
              <option value="status">{t(lang, 'byStatus')}</option>
            </select>
          </label>
          <label>
            {t(lang, 'sizeBy')}{' '}
            <select value={style.size} onChange={(event) => onStyle({ ...style, size: event.target.value as ViewStyle['size'] })}>
              <option value="fixed">{t(lang, 'sameSize')}</option>
              <option value="degree">{t(lang, 'byDegree')}</option>
            </select>
          </label>
          {active > 0 && (
            <button type="button" className="clear-filters" onClick={() => onFilters(noFilters)}>
              {t(lang, 'clearFilters')}
            </button>
          )}
        </fieldset>
      </div>
    </details>
  );
}
