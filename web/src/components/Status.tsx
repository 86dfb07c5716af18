import { humanError } from '../api/errors.ts';
import { t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';

/** Loading, empty and error states: the canvas is never silently blank. */
export function Loading({ lang }: { lang: Lang }) {
  return (
    <div className="status loading" role="status">
      {t(lang, 'loading')}
    </div>
  );
}

export function ErrorMessage({ lang, error }: { lang: Lang; error: unknown }) {
  return (
    <div className="status error" role="alert">
      {humanError(error, lang)}
    </div>
  );
}

export function Empty({ lang, text }: { lang: Lang; text?: string }) {
  return <div className="status empty">{text ?? t(lang, 'empty')}</div>;
}
