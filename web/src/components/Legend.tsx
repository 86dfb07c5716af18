import { useState } from 'react';
import { kindLooks, kindNames, markedListKinds } from '../graph/kinds.ts';
import { t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';

/** Below this window width the legend starts closed: a 220 px column would take a third of a laptop's canvas. */
export const legendOpenFrom = 1600;

/**
 * Shape + colour per kind, and the two list-status marks; small SVG glyphs match the canvas. Open, it
 * is docked beside the canvas (the canvas shrinks and keeps its view, never drawn under it); closed,
 * it is a small tab in the canvas's top-right corner.
 */
export function Legend({ lang }: { lang: Lang }) {
  const [open, setOpen] = useState(() => window.innerWidth >= legendOpenFrom);
  return (
    <details className="legend" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t(lang, 'legend')}</summary>
      <ul>
        {kindNames.map((kind) => (
          <li key={kind}>
            <svg width="18" height="14" aria-hidden="true">
              <ShapeGlyph shape={kindLooks[kind].shape} colour={kindLooks[kind].colour} />
            </svg>
            {kindLooks[kind][lang]}
          </li>
        ))}
        {markedListKinds.map(({ kind, look }) => (
          <li key={kind}>
            <span className={`status-chip ${look.className}`}>{look.glyph}</span>
            {look[lang]}
          </li>
        ))}
        <li>
          <span className="status-chip flagged">⚑</span>
          {t(lang, 'flagged')}
        </li>
        <li>
          <span className="status-chip marked">♛★</span>
          {lang === 'zh' ? '最终受益人 ♛ / 实际控制人 ★ / 最大穿透持股人 ∑' : 'Ultimate owner ♛ / actual controller ★ / largest integrated holder ∑'}
        </li>
        <li>
          <span className="status-chip inactive">◌</span>
          {lang === 'zh' ? '淡色：截至该日期已失效' : 'Faded: no longer in force at the date'}
        </li>
      </ul>
    </details>
  );
}

function ShapeGlyph({ shape, colour }: { shape: string; colour: string }) {
  const common = { fill: colour, stroke: '#333', strokeWidth: 1 };
  switch (shape) {
    case 'ellipse':
      return <ellipse cx="9" cy="7" rx="6" ry="6" {...common} />;
    case 'hexagon':
      return <polygon points="4,7 6.5,2 11.5,2 14,7 11.5,12 6.5,12" {...common} />;
    case 'diamond':
      return <polygon points="9,1 15,7 9,13 3,7" {...common} />;
    case 'triangle':
      return <polygon points="9,1 15,13 3,13" {...common} />;
    case 'star':
      return <polygon points="9,1 10.8,5.3 15,5.5 11.8,8.4 12.8,13 9,10.5 5.2,13 6.2,8.4 3,5.5 7.2,5.3" {...common} />;
    case 'rhomboid':
      return <polygon points="5,2 16,2 13,12 2,12" {...common} />;
    case 'tag':
      return <polygon points="2,2 12,2 16,7 12,12 2,12" {...common} />;
    case 'octagon':
      return <polygon points="6,1 12,1 16,5 16,9 12,13 6,13 2,9 2,5" {...common} />;
    case 'barrel':
      return <path d="M3,2 Q9,0 15,2 Q16,7 15,12 Q9,14 3,12 Q2,7 3,2 Z" {...common} />;
    default:
      return <rect x="2" y="2" width="14" height="10" rx="3" {...common} />;
  }
}
