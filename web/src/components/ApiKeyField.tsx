/** The header's API key control: a password field kept in sessionStorage (web/src/api/apiKey.ts). */
import { useState } from 'react';
import { apiKey, setApiKey } from '../api/apiKey.ts';
import { t } from '../i18n.ts';
import type { Lang } from '../state/route.ts';

export function ApiKeyField({ lang, onChange }: { lang: Lang; onChange(): void }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(apiKey() ?? '');
  const saved = apiKey() !== null;
  return (
    <div className="api-key">
      <button type="button" className="api-key-toggle" aria-expanded={open} onClick={() => setOpen(!open)} title={t(lang, 'apiKeyHelp')}>
        {t(lang, 'apiKey')}{saved ? ' ✓' : ''}
      </button>
      {open && (
        <form
          className="api-key-form"
          onSubmit={(event) => {
            event.preventDefault();
            setApiKey(value);
            setOpen(false);
            onChange();
          }}
        >
          <label>
            {t(lang, 'apiKey')}
            <input type="password" autoComplete="off" value={value} onChange={(event) => setValue(event.target.value)} aria-label={t(lang, 'apiKey')} />
          </label>
          <p className="sub">{t(lang, 'apiKeyHelp')}</p>
          <button type="submit">{t(lang, 'save')}</button>
          <button
            type="button"
            onClick={() => {
              setValue('');
              setApiKey(null);
              onChange();
            }}
          >
            {t(lang, 'clear')}
          </button>
        </form>
      )}
    </div>
  );
}
