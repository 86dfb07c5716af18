/** Display formats shared by panels and tables (pure, unit-tested). */

/** A share 0..1 as a percentage; a range when the source gives only min/max. */
export function formatShare(fraction: number | null | undefined, min?: number | null, max?: number | null): string {
  const pct = (value: number) => `${(Math.round(value * 10000) / 100).toString()}%`;
  if (fraction != null) return pct(fraction);
  if (min != null && max != null) return `${pct(min)}–${pct(max)}`;
  if (min != null) return `≥${pct(min)}`;
  if (max != null) return `≤${pct(max)}`;
  return '—';
}

/** CNY amounts the way Chinese registries print them (万元). */
export function formatCapital(cny: number | null | undefined, lang: 'zh' | 'en'): string {
  if (cny == null) return '—';
  if (lang === 'zh') return `${(cny / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;
  return `CNY ${cny.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
}

/** `2019-05-01 – 2022-05-01`, open-ended as `2019-05-01 –`. */
export function formatPeriod(from: string | null | undefined, until: string | null | undefined): string {
  if (!from && !until) return '';
  return `${from ?? '?'} – ${until ?? ''}`.trimEnd();
}

/** Today's date (local), YYYY-MM-DD: what the server answers for when no as-of date is given. */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The article in the language's way (3 para 2 → 第3条第2款); null when the research did not capture it. */
export function articleText(lang: 'zh' | 'en', article: string | null): string | null {
  if (!article || article === 'not captured') return null;
  if (lang === 'en') return `art. ${article}`;
  return article
    .split('; ')
    .map((part) => {
      const numbered = /^(\d+)(?: para (\d+))?(.*)$/.exec(part);
      return numbered ? `第${numbered[1]}条${numbered[2] ? `第${numbered[2]}款` : ''}${numbered[3]}` : part;
    })
    .join('；');
}
