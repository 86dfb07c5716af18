import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { addWebhook, removeWebhook, webhooksOf } from '../../graph/monitoring/deliveries.ts';
import { refreshReaches } from '../../graph/monitoring/reach.ts';
import { addSubjects, addSubjectsFromCsv, deleteWatchlist, removeSubjects, saveWatchlist, watchlist, watchlists, type Watchlist } from '../../graph/monitoring/watchlists.ts';
import { runCli, UsageError, userPath } from './run.ts';

const usage = `usage:
  npm run watch -- add <watchlist> [id|USCC|name …] [--depth 0..3] [--csv subjects.csv]
  npm run watch -- remove <watchlist> [id …]        (no ids: delete the watchlist)
  npm run watch -- list [<watchlist>]
  npm run watch -- refresh [<watchlist>]           (walk the stored reach again: after writes that bypass the loaders)
  npm run watch -- webhook add|remove|list <watchlist> [url]
The CSV has the screening columns (uscc and/or name); one bad line refuses the whole file. See docs/monitoring.md.`;

const show = (list: Watchlist) =>
  `${list.name} (depth ${list.depth}, ${list.subjects.length} subject${list.subjects.length === 1 ? '' : 's'})\n` +
  list.subjects.map((s) => `  ${s.id}  ${s.kind}  ${s.name ?? ''}`).join('\n');

runCli('watch', usage, async (graph) => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { depth: { type: 'string' }, csv: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  const [command, name, ...rest] = positionals;
  if (values.help || !command) {
    console.error(usage);
    return values.help ? 0 : 2;
  }
  if (command === 'list') {
    const lists = name ? [await watchlist(graph, name)].filter((l): l is Watchlist => l !== null) : await watchlists(graph);
    if (name && lists.length === 0) throw new UsageError(`no watchlist named '${name}'`);
    console.log(lists.map(show).join('\n') || 'no watchlists');
    return 0;
  }
  if (command === 'refresh') {
    if (name && !(await watchlist(graph, name))) throw new UsageError(`no watchlist named '${name}'`);
    const walked = await refreshReaches(graph, new Date().toISOString().slice(0, 10), name);
    console.log(`walked the reach of ${walked} watchlist${walked === 1 ? '' : 's'} again`);
    return 0;
  }
  if (!name) throw new UsageError(`${command} needs ${command === 'webhook' ? 'an action' : 'a watchlist name'}`);
  if (command === 'add') {
    const known = await watchlist(graph, name);
    const depth = values.depth !== undefined ? Number(values.depth) : (known?.depth ?? 1);
    if (!known || values.depth !== undefined) await saveWatchlist(graph, name, depth);
    let list = (await watchlist(graph, name))!;
    if (values.csv) list = await addSubjectsFromCsv(graph, name, fs.readFileSync(await userPath(values.csv), 'utf8'));
    if (rest.length > 0) list = await addSubjects(graph, name, rest);
    console.log(show(list));
    return 0;
  }
  if (command === 'remove') {
    if (rest.length === 0) {
      if (!(await deleteWatchlist(graph, name))) throw new UsageError(`no watchlist named '${name}'`);
      console.log(`deleted watchlist ${name}`);
    } else console.log(show(await removeSubjects(graph, name, rest)));
    return 0;
  }
  if (command === 'webhook') {
    // webhook add|remove <watchlist> <url>, webhook list [<watchlist>]
    const [action, [listName, hookUrl]] = [name, rest];
    if (action === 'list') {
      for (const hook of await webhooksOf(graph, listName ?? null)) console.log(`${hook.watchlistId}  ${hook.url}  (${hook.id})`);
      return 0;
    }
    if (!listName || !hookUrl) throw new UsageError('webhook add|remove needs <watchlist> <url>');
    if (action === 'add') console.log(`webhook ${(await addWebhook(graph, listName, hookUrl)).id} → ${hookUrl}`);
    else if (action === 'remove') console.log((await removeWebhook(graph, listName, hookUrl)) ? 'removed' : 'no such webhook');
    else throw new UsageError(`unknown webhook action '${action}'`);
    return 0;
  }
  throw new UsageError(`unknown command '${command}'`);
});
