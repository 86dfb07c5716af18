import { useEffect } from 'react';
import { Empty } from '../components/Status.tsx';
import { emptyView } from '../graph/elements.ts';
import type { ModePanelProps } from './index.ts';

/** A mode opened without a subject: the canvas and the panel both say what to do, never a stale view. */
export function NeedSubject({ lang, showView, text }: Pick<ModePanelProps, 'lang' | 'showView'> & { text: string }) {
  useEffect(() => showView(emptyView, { note: text }), [showView, text]);
  return <Empty lang={lang} text={text} />;
}
