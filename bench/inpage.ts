// Code the benchmark puts into every page before the site's own scripts run (Playwright's addInitScript).
// It is a string of plain JavaScript on purpose: functions handed to page.evaluate would carry the helpers
// that the TypeScript loader adds. All timing happens inside the page (performance.now()), so the round trips
// between Node and the browser never count.
//
// window.__bench.load   — on an explorer page: when `.results` first said data-busy="false" with the table
//                         shown (`ready`), and when the table's first row had its values (`rows`), in ms from
//                         the start of the navigation.
// window.__bench.change — makes one change in the explorer the way a reader does (ticks a facet checkbox,
//                         picks an option, presses a button) and resolves when the explorer has answered it:
//                         the URL changed and `.results` went data-busy="true" and back to "false".
export const INPAGE = String.raw`(() => {
  const rowsShown = () => {
    const tr = document.querySelector('table.data-table tbody tr[aria-rowindex="2"]');
    return !!tr && !tr.querySelector('.muted');
  };
  const load = { ready: null, rows: null };
  if (location.hash.startsWith('#/dataset/')) {
    const obs = new MutationObserver(() => {
      const now = performance.now();
      if (load.ready === null && document.querySelector('.results[data-busy="false"] table.data-table')) load.ready = now;
      if (load.ready !== null && load.rows === null && rowsShown()) load.rows = now;
      if (load.ready !== null && load.rows !== null) obs.disconnect();
    });
    obs.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  }

  function target(kind, a, b) {
    if (kind === 'facet') {
      const det = [...document.querySelectorAll('details.facet')].find(
        (d) => d.querySelector('legend')?.textContent.trim() === a,
      );
      if (!det) throw new Error('no facet ' + a);
      const label = [...det.querySelectorAll('label')].find(
        (l) => l.querySelector('input[type=checkbox]') && l.textContent.trim().startsWith(b + ' ('),
      );
      if (!label) throw new Error('no option ' + b + ' in ' + a);
      return () => label.querySelector('input').click();
    }
    if (kind === 'select') {
      const label = [...document.querySelectorAll('.results label')].find((l) => l.firstChild?.textContent.trim() === a);
      const select = label?.querySelector('select');
      if (!select) throw new Error('no select ' + a);
      if (![...select.options].some((o) => o.value === b)) throw new Error('no option ' + b + ' in ' + a);
      return () => {
        select.value = b;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      };
    }
    if (kind === 'button') {
      const button = [...document.querySelectorAll('.results button')].find((x) => x.textContent.trim() === a);
      if (!button) throw new Error('no button ' + a);
      return () => button.click();
    }
    throw new Error('unknown change ' + kind);
  }

  function change(kind, a, b, timeoutMs) {
    const results = document.querySelector('.results');
    if (!results || results.dataset.busy !== 'false') return Promise.reject(new Error('the explorer is busy'));
    const act = target(kind, a, b);
    const before = location.hash;
    return new Promise((resolve, reject) => {
      let sawBusy = false;
      let ms = null;
      let t0 = 0;
      const timer = setTimeout(() => {
        busyObs.disconnect();
        rowsObs.disconnect();
        reject(new Error('no answer within ' + timeoutMs + ' ms to ' + kind + ' ' + a + ' ' + b));
      }, timeoutMs);
      const finish = (rowsMs) => {
        clearTimeout(timer);
        busyObs.disconnect();
        rowsObs.disconnect();
        resolve({ ms, rowsMs, hash: location.hash, mode: document.querySelector('table.pivot') ? 'pivot' : 'table' });
      };
      const rowsObs = new MutationObserver(() => {
        if (rowsShown()) finish(performance.now() - t0);
      });
      const busyObs = new MutationObserver(() => {
        const busy = results.dataset.busy;
        if (busy === 'true') sawBusy = true;
        if (!sawBusy || busy !== 'false' || location.hash === before) return;
        ms = performance.now() - t0;
        busyObs.disconnect();
        // The table's rows are fetched by the table itself, outside the busy flag: wait for them as well.
        if (!document.querySelector('table.data-table')) return finish(null);
        if (rowsShown()) return finish(ms);
        rowsObs.observe(results, { subtree: true, childList: true, characterData: true });
      });
      busyObs.observe(results, { attributes: true, attributeFilter: ['data-busy'] });
      t0 = performance.now();
      act();
    });
  }

  window.__bench = { load, change };
})();`;
