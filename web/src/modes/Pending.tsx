import { modeName } from '../i18n.ts';
import type { ModePanelProps } from './index.ts';

/** A mode whose API query has not landed in server/schema yet. */
export function PendingPanel({ route, lang }: ModePanelProps) {
  return (
    <section className="panel">
      <h2>{modeName(lang, route.mode)}</h2>
      <div className="status empty">{lang === 'zh' ? '该模式所需的 API 查询尚未在服务器上提供。' : 'The API query this mode needs is not on the server yet.'}</div>
    </section>
  );
}
