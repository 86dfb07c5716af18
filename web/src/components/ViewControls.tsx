/**
 * The canvas's view controls: filters by node kind and relationship type (of what the view holds)
 * and the style choices (colour by kind or by list status, size by number of links).
 */
import type { GraphViewLike } from '../graph/elements.ts';
import { kindLook } from '../graph/kinds.ts';
import { relName, t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';

export interface ViewStyle {
  colour: 'kind' | 'status';
  size: 'fixed' | 'degree';
}

export interface ViewFilters {
  kinds: ReadonlySet<string>;
  types: ReadonlySet<string>;
}

export interface ViewControlsProps {
  lang: Lang;
  view: GraphViewLike;
  filters: ViewFilters;
  onFilters(filters: ViewFilters): void;
  style: ViewStyle;
  onStyle(style: ViewStyle): void;
}

const toggled = (set: ReadonlySet<string>, value: string) => {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
};

export function ViewControls({ lang, view, filters, onFilters, style, onStyle }: ViewControlsProps) {
  const kinds = [...new Set(view.nodes.map((node) => node.kind))].sort();
  const types = [...new Set(view.edges.map((edge) => edge.type))].sort();
  const active = filters.kinds.size + filters.types.size;
  return (
    <details className="view-controls">
      <summary>
        {t(lang, 'filtersAndStyle')}
        {active > 0 ? ` (${active})` : ''}
      </summary>
      <div className="view-controls-body">
        <fieldset>
          <legend>{t(lang, 'nodeKinds')}</legend>
          {kinds.map((kind) => (
            <label key={kind}>
              <input type="checkbox" data-kind={kind} checked={!filters.kinds.has(kind)} onChange={() => onFilters({ ...filters, kinds: toggled(filters.kinds, kind) })} />
              {kindLook(kind)[lang]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t(lang, 'relationshipTypes')}</legend>
          {types.map((type) => (
            <label key={type}>
              <input type="checkbox" data-type={type} checked={!filters.types.has(type)} onChange={() => onFilters({ ...filters, types: toggled(filters.types, type) })} />
              {relName(lang, type)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t(lang, 'styleLegend')}</legend>
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
        </fieldset>
      </div>
    </details>
  );
}
