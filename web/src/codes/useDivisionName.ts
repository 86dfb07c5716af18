/** A division code's name once the division tables have loaded (the code itself until then). */
import { useEffect, useState } from 'react';
import type { Lang } from '../state/route.ts';
import { divisionName, loadDivisionTables } from './divisions.ts';

export function useDivisionName(lang: Lang, code: string | null | undefined): string | null {
  const [name, setName] = useState<string | null>(code ?? null);
  useEffect(() => {
    setName(code ?? null);
    if (!code) return;
    let live = true;
    void loadDivisionTables().then((tables) => {
      if (live) setName(divisionName(tables, lang, code));
    });
    return () => {
      live = false;
    };
  }, [lang, code]);
  return name;
}
