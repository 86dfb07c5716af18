/**
 * The time axis under the toolbar: a slider over the as-of date from 2014 to today, with ticks at
 * the milestones (the reform, the basic-list editions) that jump there. Dragging shows the date at
 * once and moves the view's date (the URL) when the hand rests, so a drag does not ask the server
 * for every day it passes. Keyboard: arrows ±1 day, PageUp/PageDown ±1 month, Home/End the ends.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { MilestonesDocument } from '../api/generated.ts';
import { today } from '../format.ts';
import { t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';
import { useQuery } from '../state/useQuery.ts';
import { englishDocNumber } from '../codes/docNumber.ts';
import { loadPinyin, type Pinyin } from '../codes/pinyin.ts';
import { axisStart, clampDate, dateOfDay, dayNumber, labelRows, milestoneTicks, tickLabelPx } from '../time/axis.ts';

/** How long the slider rests before the view follows. */
export const sliderRestMs = 350;
const monthDays = 30;

export function TimeSlider({ lang, date, onDate }: { lang: Lang; date: string | null; onDate(date: string | null): void }) {
  const end = today();
  const shown = clampDate(date ?? end, axisStart, end);
  const [pending, setPending] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const milestones = useQuery(MilestonesDocument, {});
  // English mode spells document numbers in pinyin (国办发〔2020〕49号 → Guobanfa [2020] No. 49): the dictionary loads on first use.
  const [pinyin, setPinyin] = useState<Pinyin | null>(null);
  useEffect(() => {
    if (lang === 'en' && !pinyin) void loadPinyin().then((spell) => setPinyin(() => spell));
  }, [lang, pinyin]);
  const ticks = useMemo(() => {
    if (milestones.status !== 'done') return [];
    const number = lang === 'zh' ? (docNumber: string) => docNumber : (docNumber: string) => (pinyin ? englishDocNumber(docNumber, pinyin) : null);
    return milestoneTicks(milestones.data.milestones, axisStart, end, lang, number);
  }, [milestones, end, lang, pinyin]);
  // Full labels in two rows, or three where two overlap; a narrow canvas shows the ticks by year (the full name stays in the tooltip).
  const track = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = track.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const measure = useMemo(labelMeasure, []);
  const rows = labelRows(ticks, width, measure);
  // A date set elsewhere (the date field, back/forward) wins over a drag not yet applied.
  useEffect(() => {
    setPending(null);
  }, [date]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const settle = (next: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    onDate(next === end ? null : next);
  };
  const move = (next: string) => {
    setPending(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => settle(next), sliderRestMs);
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    event.preventDefault();
    const day = dayNumber(pending ?? shown) + (event.key === 'PageUp' ? monthDays : -monthDays);
    move(clampDate(dateOfDay(day), axisStart, end));
  };
  const value = pending ?? shown;

  return (
    <div className="time-slider" role="group" aria-label={t(lang, 'timeAxis')} title={t(lang, 'timeAxisHelp')}>
      <span className="time-slider-date" aria-live="polite">
        {t(lang, 'asOf')} <strong data-testid="slider-date">{value}</strong>
      </span>
      <div className={`time-slider-track rows-${rows ?? 2}`} ref={track}>
        <input
          type="range"
          min={dayNumber(axisStart)}
          max={dayNumber(end)}
          step={1}
          value={dayNumber(value)}
          aria-label={t(lang, 'asOf')}
          aria-valuetext={value}
          onChange={(event) => move(dateOfDay(Number(event.target.value)))}
          onKeyDown={onKey}
        />
        <div className="time-slider-ticks">
          {ticks.map((tick, index) => (
            <button
              key={tick.id}
              type="button"
              className={`time-tick row-${index % (rows ?? 2)}${value === tick.date ? ' current' : ''}`}
              style={{ left: `${tick.fraction * 100}%` }}
              data-date={tick.date}
              title={tick.title}
              onClick={() => {
                setPending(tick.date);
                settle(tick.date);
              }}
            >
              {rows ? tick.short : tick.date.slice(0, 4)}
            </button>
          ))}
        </div>
        <span className="time-slider-end start">{axisStart.slice(0, 4)}</span>
        <span className="time-slider-end finish">{t(lang, 'today')}</span>
      </div>
      <button type="button" className="time-slider-today" disabled={date === null && pending === null} onClick={() => settle(end)}>
        {t(lang, 'backToToday')}
      </button>
    </div>
  );
}

/** The tick labels' width as the page draws them (11 px in the page's font), or the estimate where no canvas is at hand. */
function labelMeasure(): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return tickLabelPx;
  context.font = `11px ${getComputedStyle(document.body).fontFamily}`;
  return (text) => context.measureText(text).width + 4;
}
