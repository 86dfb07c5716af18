import type { Core } from 'cytoscape';
import type { LayoutName } from '../graph/layout.ts';
import { fitWhole } from '../graph/windowFirst.ts';
import { download } from '../export/download.ts';
import { reportJson, reportPng, reportSvg, type ReportContext } from '../export/report.ts';
import type { GraphViewLike } from '../graph/elements.ts';
import { layoutName, t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';

export interface ToolbarProps {
  lang: Lang;
  cy: Core | null;
  layoutName: LayoutName;
  layoutNames: readonly LayoutName[];
  onLayout(name: LayoutName): void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  /** Base name of exported files, e.g. `trace-9144…-2024-01-01`. */
  fileStem: string;
  /** What the exports' stamp says: the view's title and date, and the view itself (JSON). */
  report: { title: string; asOf: string; view: GraphViewLike };
}

export function Toolbar(props: ToolbarProps) {
  const { lang, cy } = props;
  const stem = props.fileStem || 'scs-graph';
  const context = (): ReportContext => ({ lang, ...props.report, generatedAt: new Date().toISOString().slice(0, 19) + 'Z' });
  return (
    <div className="toolbar" role="toolbar">
      <label>
        {t(lang, 'layout')}{' '}
        <select value={props.layoutName} onChange={(event) => props.onLayout(event.target.value as LayoutName)} aria-label={t(lang, 'layout')}>
          {props.layoutNames.map((name) => (
            <option key={name} value={name}>
              {layoutName(lang, name)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => cy && fitWhole(cy)}>
        {t(lang, 'fit')}
      </button>
      <button type="button" onClick={props.onUndo} disabled={!props.canUndo} title="Ctrl+Z">
        {t(lang, 'undo')}
      </button>
      <button type="button" onClick={props.onRedo} disabled={!props.canRedo} title="Ctrl+Shift+Z">
        {t(lang, 'redo')}
      </button>
      <button type="button" className="export-png" disabled={!cy} onClick={() => cy && void reportPng(cy, context()).then((bytes) => download(`${stem}.png`, new Blob([bytes as BlobPart], { type: 'image/png' })))}>
        {t(lang, 'exportPng')}
      </button>
      <button type="button" className="export-svg" disabled={!cy} onClick={() => cy && download(`${stem}.svg`, reportSvg(cy, context()), 'image/svg+xml')}>
        {t(lang, 'exportSvg')}
      </button>
      <button type="button" className="export-json" onClick={() => download(`${stem}.json`, reportJson(context()), 'application/json')}>
        {t(lang, 'exportJson')}
      </button>
    </div>
  );
}
