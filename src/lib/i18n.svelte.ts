// The reader's language: Dutch first, English second. Kept in the URL (so a shared link keeps it) and in
// localStorage (the reader's own preference, the only thing the site stores).
import type { Lang, Text } from './manifest';
import { messages, type MessageKey } from './messages';

const STORAGE_KEY = 'wlz-explorer.lang';

function initial(): Lang {
  if (typeof localStorage === 'undefined') return 'nl';
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
}

export const i18n = $state<{ lang: Lang }>({ lang: initial() });

export function setLang(lang: Lang): void {
  i18n.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private browsing may refuse storage; the URL still carries the language.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** A message of the interface, with `{name}` placeholders filled in. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text = messages[i18n.lang][key] ?? messages.nl[key];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** A bilingual text from the data (titles, descriptions, labels). */
export function tx(text: Text | undefined): string {
  if (!text) return '';
  return text[i18n.lang] || text.nl;
}
