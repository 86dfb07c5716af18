/**
 * Search as you type: hits grouped by kind with the matched text highlighted, arrow keys and Enter
 * to pick. Input that looks like a USCC is also checked by `company(uscc)`, so a malformed code gets
 * the server's precise reason (e.g. expected vs found check character) right under the box.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { request } from '../api/client.ts';
import { ApiError, humanError } from '../api/errors.ts';
import { CompanyByUsccDocument, SearchDocument, type SearchQuery } from '../api/generated.ts';
import { displayLabel } from '../graph/elements.ts';
import { kindLook } from '../graph/kinds.ts';
import { t } from '../i18n.ts';
import { groupByKind, highlightSegments, looksLikeUscc, moveCursor } from '../search/logic.ts';
import type { Lang } from '../state/route.ts';

type Hit = SearchQuery['search'][number];
const debounceMs = 180;

/** `compact`: the small box a panel uses to pick a node (the paths' ends). */
export function Search({ lang, onPick, compact = false }: { lang: Lang; onPick(id: string): void; compact?: boolean }) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);
  const [cursor, setCursor] = useState(-1);
  const listId = useId();

  useEffect(() => {
    const query = text.trim();
    setProblem(null);
    if (!query) {
      setHits([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setBusy(true);
      const found = request(SearchDocument, { text: query, first: 30 }, { signal: controller.signal });
      const usccCheck = looksLikeUscc(query) ? request(CompanyByUsccDocument, { uscc: query }, { signal: controller.signal }).then(() => null, (error: unknown) => error) : Promise.resolve(null);
      try {
        const [data, usccError] = await Promise.all([found, usccCheck]);
        setHits(data.search);
        setCursor(data.search.length ? 0 : -1);
        setProblem(usccError instanceof ApiError && usccError.code === 'BAD_USER_INPUT' ? humanError(usccError, lang) : null);
      } catch (error) {
        if (!controller.signal.aborted) {
          setHits([]);
          setProblem(humanError(error, lang));
        }
      } finally {
        if (!controller.signal.aborted) setBusy(false);
      }
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, lang]);

  const groups = useMemo(() => groupByKind(hits), [hits]);
  const ordered = useMemo(() => groups.flatMap((group) => group.hits), [groups]);

  const pick = (hit: Hit | undefined) => {
    if (!hit) return;
    setOpen(false);
    if (compact) setText('');
    onPick(hit.node.id);
  };

  return (
    <div className={compact ? 'search compact' : 'search'}>
      <input
        type="search"
        role="combobox"
        aria-expanded={open && hits.length > 0}
        aria-controls={listId}
        aria-label={t(lang, compact ? 'pickNode' : 'searchPlaceholder')}
        placeholder={t(lang, compact ? 'pickNode' : 'searchPlaceholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
            setCursor((current) => moveCursor(current, ordered.length, event.key === 'ArrowDown' ? 1 : -1));
          } else if (event.key === 'Enter') {
            pick(ordered[cursor]);
          } else if (event.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {problem && (
        <div className="hint" role="alert">
          {problem}
        </div>
      )}
      {open && text.trim() && (
        <div className="search-results" id={listId} role="listbox">
          {busy && !hits.length && <div className="sub">{t(lang, 'searching')}</div>}
          {!busy && !hits.length && <div className="sub">{t(lang, 'noResults')}</div>}
          {groups.map((group) => (
            <div key={group.kind}>
              <h4>{kindLook(group.kind)[lang]}</h4>
              <ul>
                {group.hits.map((hit) => {
                  const index = ordered.indexOf(hit);
                  return (
                    <li
                      key={hit.node.id}
                      role="option"
                      aria-selected={index === cursor}
                      data-id={hit.node.id}
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => pick(hit)}
                      onMouseEnter={() => setCursor(index)}
                    >
                      <span>{displayLabel({ ...hit.node, labelEn: 'nameEn' in hit.node ? hit.node.nameEn : null }, lang)}</span>
                      {hit.highlight && (
                        <span className="sub">
                          {highlightSegments(hit.highlight).map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
