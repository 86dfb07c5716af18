import type { Lang } from '../state/route.ts';

/** How far a mode looks (exposure and paths: links; ownership: levels), kept in the URL as `hops`. */
export function HopsControl({ lang, label, value, max, onChange }: { lang: Lang; label: string; value: number; max: number; onChange(hops: number): void }) {
  return (
    <label className="hops">
      {label}{' '}
      <select value={value} onChange={(event) => onChange(Number(event.target.value))} aria-label={label}>
        {Array.from({ length: max }, (_, index) => index + 1).map((hops) => (
          <option key={hops} value={hops}>
            {hops}
          </option>
        ))}
      </select>{' '}
      <span className="sub">{lang === 'zh' ? `（1–${max}）` : `(1–${max})`}</span>
    </label>
  );
}
