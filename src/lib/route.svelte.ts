/* eslint-disable svelte/prefer-svelte-reactivity -- URLSearchParams here only parses and prints; state is `route`. */
// The URL is the state of the page: `#/dataset/wachtlijsten?snapshot=2024-12&lang=en`. Hash routing keeps
// the site a set of static files that any host can serve without rewrite rules.
export type Page =
  | { name: 'home' }
  | { name: 'dataset'; id: string }
  | { name: 'about' }
  | { name: 'changes' }
  | { name: 'sql' }
  | { name: 'notfound'; path: string };

export interface Route {
  page: Page;
  params: Record<string, string>;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart, query = ''] = raw.split('?', 2);
  const path = pathPart || '/';
  const params = Object.fromEntries(new URLSearchParams(query));
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  let page: Page;
  if (parts.length === 0) page = { name: 'home' };
  else if (parts[0] === 'dataset' && parts.length === 2) page = { name: 'dataset', id: parts[1] };
  else if (parts[0] === 'over' && parts.length === 1) page = { name: 'about' };
  else if (parts[0] === 'wijzigingen' && parts.length === 1) page = { name: 'changes' };
  else if (parts[0] === 'sql' && parts.length === 1) page = { name: 'sql' };
  else page = { name: 'notfound', path };
  return { page, params };
}

export function pagePath(page: Page): string {
  switch (page.name) {
    case 'home':
      return '/';
    case 'dataset':
      return `/dataset/${encodeURIComponent(page.id)}`;
    case 'about':
      return '/over';
    case 'changes':
      return '/wijzigingen';
    case 'sql':
      return '/sql';
    case 'notfound':
      return page.path;
  }
}

export function toHash(r: Route): string {
  const q = new URLSearchParams(Object.entries(r.params).filter(([, v]) => v !== '')).toString();
  return `#${pagePath(r.page)}${q ? `?${q}` : ''}`;
}

export const route = $state<Route>(parseHash(typeof location === 'undefined' ? '' : location.hash));

if (typeof window !== 'undefined')
  window.addEventListener('hashchange', () => {
    const next = parseHash(location.hash);
    route.page = next.page;
    route.params = next.params;
  });

/** A link to a page that keeps the global parameters (snapshot, language). */
export function href(page: Page, extra: Record<string, string> = {}): string {
  const keep = Object.fromEntries(Object.entries(route.params).filter(([k]) => k === 'snapshot' || k === 'lang'));
  return toHash({ page, params: { ...keep, ...extra } });
}

/** Changes parameters of the current page in place (no new history entry for view tweaks). */
export function setParams(changes: Record<string, string | null>, push = false): void {
  const params = { ...route.params };
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) delete params[k];
    else params[k] = v;
  }
  const hash = toHash({ page: route.page, params });
  if (push) location.hash = hash;
  else history.replaceState(history.state, '', hash);
  route.params = params;
}
