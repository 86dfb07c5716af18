/**
 * The explorer's shell: header (search, modes, as-of date, language), the canvas with its toolbar
 * and context menu, and the side panel of the current mode plus the selected node's profile.
 */
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { request } from './api/client.ts';
import { NeighborhoodDocument } from './api/generated.ts';
import { humanError } from './api/errors.ts';
import { ApiKeyField } from './components/ApiKeyField.tsx';
import { ContextMenu, type MenuItem } from './components/ContextMenu.tsx';
import { Legend } from './components/Legend.tsx';
import { ListMembers } from './components/ListMembers.tsx';
import { nodeName } from './components/NodeButton.tsx';
import { Profile } from './components/Profile.tsx';
import { Search } from './components/Search.tsx';
import { Canvas, type ContextTarget } from './graph/Canvas.tsx';
import { webglAvailable } from './graph/webglChoice.ts';
import { hubOfMoreNode, moreNodeId, offsetTruncation, restrictToRelationship, toElements, type GraphViewLike } from './graph/elements.ts';
import { againstFlow, defaultLayout, flowOf, layoutNames, type LayoutName } from './graph/layout.ts';
import { groupLabel, t, modeName, relName } from './i18n.ts';
import { today } from './format.ts';
import { modePanels, type Decorations } from './modes/index.ts';
import { modes, type Mode, type Route } from './state/route.ts';
import { useCanvasState } from './state/useCanvasState.ts';
import { useRoute } from './state/useRoute.ts';
import { useSubjectProblem } from './state/useSubjectProblem.ts';
import { TimeSlider } from './components/TimeSlider.tsx';
import { Toolbar } from './components/Toolbar.tsx';
import { ViewControls, type ViewStyle } from './components/ViewControls.tsx';
import { filteredOut } from './graph/filters/index.ts';
import { groupedView, hubOfGroup, isGroupId, likeNodeGroups, pagedHubOf } from './graph/grouping.ts';

/** Relationship kinds offered by "expand by relationship" (the one-hop neighbourhood, filtered to that type). */
const expandKinds = ['SHAREHOLDER_OF', 'LEGAL_REPRESENTATIVE_OF', 'OFFICER_OF', 'BRANCH_OF', 'LISTED', 'MAINTAINS', 'TRIGGERED_BY', 'DEFINES', 'IMPLEMENTED_BY'];
/** Elements from which the canvas draws with WebGL (where available). */
const webglThreshold = 3000;
/** Neighbours fetched per expansion; a hub shows "+N more" for the rest. */
const pageSize = 40;

export function App() {
  const [route, navigate] = useRoute();
  const { lang } = route;
  const canvas = useCanvasState();
  const [decorations, setDecorations] = useState<Decorations>({});
  // The selection and the expansions live in the URL, so a link restores the investigation.
  const selected = route.selected;
  const setSelected = useCallback((id: string | null) => navigate({ selected: id }, { replace: true }), [navigate]);
  const [menu, setMenu] = useState<ContextTarget | null>(null);
  const [layoutChoice, setLayoutChoice] = useState<{ mode: Mode; name: LayoutName } | null>(null);
  const [layoutRun, setLayoutRun] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [pathStart, setPathStart] = useState<string | null>(null);
  const [hover, setHover] = useState<ContextTarget | null>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [membersOf, setMembersOf] = useState<string | null>(null);
  const [viewStyle, setViewStyle] = useState<ViewStyle>({ colour: 'kind', size: 'fixed' });
  // The monitoring mode's subject is a watchlist, not a node of the graph.
  const subjectProblem = useSubjectProblem(route.mode === 'monitoring' ? null : route.subject, lang);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
      if (event.target instanceof HTMLInputElement) return;
      event.preventDefault();
      if (event.shiftKey) canvas.redo();
      else canvas.undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canvas.undo, canvas.redo]);

  const hasSubject = route.subject !== null;
  const flow = flowOf(route.mode, hasSubject);
  const layoutName = layoutChoice?.mode === route.mode ? layoutChoice.name : defaultLayout(route.mode, hasSubject);

  // The mode's own view, kept so that stepping back through expansions can replay them from it.
  const baseView = useRef<GraphViewLike | null>(null);
  const applied = useRef<string[]>([]);
  const replaying = useRef(false);
  const [replays, setReplays] = useState(0);

  const showView = useCallback(
    (view: GraphViewLike, extra: Decorations = {}) => {
      canvas.show(view);
      baseView.current = view;
      applied.current = [];
      setReplays((count) => count + 1);
      setDecorations(extra);
      setLayoutRun((run) => run + 1);
    },
    [canvas.show],
  );

  /** One expansion step (`id` or `id~RELATIONSHIP`) fetched and merged into the canvas. */
  const applyExpansion = useCallback(
    async (step: string) => {
      const [id = step, via] = step.split('~');
      const hub = hubOfMoreNode(id);
      const nodeId = hub ?? id;
      const shown = hub ? (canvas.latest().view.truncated.find((entry) => entry.nodeId === hub)?.shown ?? 0) : 0;
      const data = await request(NeighborhoodDocument, { id: nodeId, hops: 1, perNode: pageSize, skip: shown, asOf: route.date });
      const page = offsetTruncation(data.neighborhood, nodeId, shown);
      canvas.add(via ? restrictToRelationship(page, nodeId, via) : page, hub ?? undefined);
    },
    [canvas.add, canvas.latest, route.date],
  );

  const expand = useCallback(
    async (id: string, via?: string) => {
      const step = via ? `${id}~${via}` : id;
      try {
        await applyExpansion(step);
        applied.current = [...applied.current, step];
        navigate({ expanded: [...route.expanded, step] });
        setNotice(null);
      } catch (error) {
        setNotice(humanError(error, lang));
      }
    },
    [applyExpansion, navigate, route.expanded, lang],
  );

  // A link (or back/forward) names expansions the canvas does not have: replay them on the mode's view, in order.
  useEffect(() => {
    const wanted = route.expanded;
    const base = baseView.current;
    if (!base || replaying.current) return;
    const isPrefix = applied.current.every((step, index) => wanted[index] === step);
    if (isPrefix && applied.current.length === wanted.length) return;
    replaying.current = true;
    void (async () => {
      try {
        if (!isPrefix) {
          canvas.show(base);
          applied.current = [];
          setLayoutRun((run) => run + 1);
        }
        for (const step of wanted.slice(applied.current.length)) {
          await applyExpansion(step);
          applied.current = [...applied.current, step];
        }
      } catch (error) {
        setNotice(humanError(error, lang));
      } finally {
        replaying.current = false;
      }
    })();
  }, [route.expanded, replays, applyExpansion, canvas.show, lang]);

  const filtered = useMemo(() => filteredOut(canvas.state.view, route.filters), [canvas.state.view, route.filters]);
  // Explore (a neighbourhood and its expansions) folds many like leaves of a node into one group node; the modes' own views stay as composed.
  const groups = useMemo(
    () =>
      route.mode === 'explore' && route.subject !== null
        ? likeNodeGroups(canvas.state.view, { excluded: new Set([...canvas.state.hidden, ...filtered]), keep: new Set([route.subject, ...(selected ? [selected] : []), ...canvas.state.pinned]) })
        : [],
    [route.mode, route.subject, canvas.state, filtered, selected],
  );
  const openGroups = useMemo(() => new Set(route.openGroups), [route.openGroups]);
  const drawnView = useMemo(
    () => groupedView(canvas.state.view, groups, openGroups, (group, omitted) => ({ label: groupLabel('zh', group, omitted), labelEn: groupLabel('en', group, omitted) })),
    [canvas.state.view, groups, openGroups],
  );
  const openGroup = useCallback((id: string) => navigate({ openGroups: [...route.openGroups, id] }), [navigate, route.openGroups]);

  const elements = useMemo(
    () =>
      toElements(drawnView, {
        lang,
        hidden: canvas.state.hidden,
        filtered,
        inactive: decorations.inactive,
        highlighted: decorations.highlighted,
        rings: decorations.rings,
        flagged: decorations.flagged,
        marked: decorations.marked,
        against: againstFlow(flow),
        root: route.subject,
      }),
    [drawnView, canvas.state.hidden, filtered, decorations, lang, flow, route.subject],
  );
  // Large views switch to the WebGL renderer where the browser has WebGL 2 (a new Cytoscape instance).
  const webgl = elements.length > webglThreshold && webglAvailable();
  const layout = useMemo(() => ({ name: layoutName, flow, nodeCount: elements.length }), [layoutName, flow, elements.length]);

  // Table modes (screening, monitoring) hold no node of their own: a node opens elsewhere.
  const tableMode = route.mode === 'screening' || route.mode === 'monitoring';
  const open = (id: string, mode: Mode = tableMode ? 'exposure' : route.mode, extra: Partial<Route> = {}) => {
    navigate({ mode, subject: id, target: null, selected: id, ...extra });
  };

  const menuItems = (id: string): MenuItem[] => {
    const hub = hubOfMoreNode(id);
    if (hub) return [{ label: t(lang, 'showMore'), onSelect: () => void expand(id) }];
    if (isGroupId(id)) {
      // A group standing in for its hub's cut neighbours too pages them in from here (no separate "+N more" node while it is closed).
      const paged = pagedHubOf(drawnView, id);
      return [{ label: t(lang, 'openGroup'), onSelect: () => openGroup(id) }, ...(paged ? [{ label: t(lang, 'showMore'), onSelect: () => void expand(moreNodeId(paged)) }] : [])];
    }
    const opened = route.openGroups.filter((group) => hubOfGroup(group) === id);
    return [
      ...(opened.length ? [{ label: t(lang, 'regroup'), onSelect: () => navigate({ openGroups: route.openGroups.filter((group) => !opened.includes(group)) }) }] : []),
      { label: t(lang, 'expand'), onSelect: () => void expand(id) },
      ...expandKinds.map((kind) => ({ label: `${t(lang, 'expandBy')}: ${relName(lang, kind)}`, onSelect: () => void expand(id, kind) })),
      { label: modeName(lang, 'trace'), onSelect: () => open(id, 'trace') },
      { label: modeName(lang, 'exposure'), onSelect: () => open(id, 'exposure') },
      { label: modeName(lang, 'ownership'), onSelect: () => open(id, 'ownership') },
      pathStart && pathStart !== id
        ? { label: t(lang, 'pathTo'), onSelect: () => navigate({ mode: 'paths', subject: pathStart, target: id }) }
        : { label: t(lang, 'pathFrom'), onSelect: () => setPathStart(id) },
      { label: t(lang, 'hide'), onSelect: () => canvas.hide(id) },
      { label: canvas.state.pinned.has(id) ? t(lang, 'unpin') : t(lang, 'pin'), onSelect: () => canvas.togglePin(id) },
    ];
  };

  const Panel = modePanels[route.mode];
  const subjectNode = route.subject ? canvas.state.view.nodes.find((node) => node.id === route.subject) : undefined;
  const reportTitle = `${modeName(lang, route.mode)}${route.subject ? `: ${(lang === 'en' && subjectNode?.labelEn) || subjectNode?.label || route.subject}` : ''}`;
  const tip = hover ? decorations.tips?.get(hover.id) : undefined;
  const menuNode = menu ? drawnView.nodes.find((node) => node.id === menu.id) : null;

  return (
    <div className="app" data-mode={route.mode}>
      <header className="header">
        <h1 title={t(lang, 'appTitle')}>
          <a href="/" onClick={(event) => { event.preventDefault(); navigate({ mode: 'explore', subject: null, target: null }); }}>
            {t(lang, 'headerTitle')}
          </a>
        </h1>
        <Search lang={lang} onPick={(id) => open(id, tableMode ? 'explore' : route.mode)} />
        <nav className="modes" aria-label="modes">
          {modes.map((mode) => (
            <button key={mode} type="button" aria-pressed={route.mode === mode} onClick={() => navigate({ mode, target: mode === 'paths' ? route.target : null })}>
              {modeName(lang, mode)}
            </button>
          ))}
        </nav>
        <label className="as-of">
          {t(lang, 'asOf')}
          <input type="date" value={route.date ?? ''} onChange={(event) => navigate({ date: event.target.value || null })} aria-label={t(lang, 'asOf')} />
        </label>
        <button type="button" className="lang" onClick={() => navigate({ lang: lang === 'zh' ? 'en' : 'zh' }, { replace: true })}>
          {lang === 'zh' ? 'EN' : '中文'}
        </button>
        <ApiKeyField lang={lang} onChange={() => window.location.reload()} />
        <a className="graphiql-link" href="/graphiql" target="_blank" rel="noreferrer">
          {t(lang, 'graphiql')}
        </a>
      </header>
      <main className="workspace">
        <section className="canvas-area">
          <Toolbar
            lang={lang}
            cy={cy}
            layoutName={layoutName}
            layoutNames={layoutNames}
            onLayout={(name) => {
              setLayoutChoice({ mode: route.mode, name });
              setLayoutRun((run) => run + 1);
            }}
            canUndo={canvas.canUndo}
            canRedo={canvas.canRedo}
            onUndo={canvas.undo}
            onRedo={canvas.redo}
            fileStem={[route.mode, route.subject, route.date].filter(Boolean).join('-')}
            report={{ title: reportTitle, asOf: route.date ?? today(), view: canvas.state.view }}
          />
          {/* Table modes draw nothing to filter; at 1,280 px their narrow canvas wraps the toolbar under the controls' tab. */}
          {!tableMode && (
          <ViewControls
            lang={lang}
            view={canvas.state.view}
            filters={route.filters}
            onFilters={(filters) => navigate({ filters }, { replace: true })}
            labelScale={route.labelScale}
            onLabelScale={(labelScale) => navigate({ labelScale }, { replace: true })}
            style={viewStyle}
            onStyle={setViewStyle}
          />
          )}
          <div className="canvas-row">
          <Canvas
            key={webgl ? 'webgl' : 'canvas'}
            viewStyle={viewStyle}
            labelScale={route.labelScale}
            webgl={webgl}
            elements={elements}
            layout={layout}
            layoutKey={`${route.mode}:${flow}:${layoutName}:${layoutRun}`}
            pinned={canvas.state.pinned}
            onSelect={(id) => (id && isGroupId(id) ? openGroup(id) : setSelected(id))}
            onExpand={(id) => (isGroupId(id) ? openGroup(id) : void expand(id))}
            onContextMenu={setMenu}
            onHover={setHover}
            focus={decorations.focus ?? route.subject}
            ringLabel={(ring) => (lang === 'zh' ? `${ring} 跳` : `${ring} hop${ring === 1 ? '' : 's'}`)}
            onReady={setCy}
          />
          <Legend lang={lang} />
          </div>
          {/* Table modes leave the canvas narrow and empty: their date is the header's field (the inbox has its own "since"). */}
          {!tableMode && <TimeSlider lang={lang} date={route.date} onDate={(date) => navigate({ date })} />}
          {subjectProblem && (
            <div className="canvas-overlay status error subject-problem" role="alert">
              {subjectProblem}
            </div>
          )}
          {!subjectProblem && decorations.note && elements.length === 0 && (
            <div className="canvas-overlay status empty" role="status">
              {decorations.note}
            </div>
          )}
          {hover && tip && (
            <div className="node-tip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
              {tip}
            </div>
          )}
          {notice && (
            <div className="notice" role="alert">
              {notice}
              <button type="button" onClick={() => setNotice(null)} aria-label={t(lang, 'close')}>
                ×
              </button>
            </div>
          )}
          {membersOf && (
            <ListMembers
              listId={membersOf}
              lang={lang}
              asOf={route.date}
              onClose={() => setMembersOf(null)}
              onShow={(view) => {
                canvas.add(view);
                setMembersOf(null);
              }}
            />
          )}
          {menu && <ContextMenu x={menu.x} y={menu.y} title={menuNode ? nodeName(lang, menuNode) : menu.id} items={menuItems(menu.id)} onClose={() => setMenu(null)} />}
        </section>
        <aside className="side">
          <Panel route={route} lang={lang} navigate={navigate} showView={showView} decorate={setDecorations} open={open} select={setSelected} selected={selected} />
          {selected && !hubOfMoreNode(selected) && <Profile id={selected} lang={lang} asOf={route.date} onOpen={(id) => setSelected(id)} onClose={() => setSelected(null)} onMembers={setMembersOf} />}
        </aside>
      </main>
    </div>
  );
}
