// Stands in for 'fflate' in the site's build (vite.config.ts, resolve.alias). write-excel-file zips an XLSX
// with fflate's asynchronous zip(), which for files over 160 kB runs in a Worker made from a blob: URL. The
// site's Content-Security-Policy allows workers from its own origin only (worker-src 'self'), so that worker
// is blocked and a large XLSX export would never finish. Same API, with zip() done synchronously: a large
// export holds the page for a moment instead of never arriving.
import {
  zipSync,
  type AsyncTerminable,
  type AsyncZipOptions,
  type AsyncZippable,
  type FlateCallback,
} from 'fflate/browser';

export * from 'fflate/browser';

export function zip(data: AsyncZippable, opts: AsyncZipOptions | FlateCallback, cb?: FlateCallback): AsyncTerminable {
  const done = (typeof opts === 'function' ? opts : cb)!;
  const options = typeof opts === 'function' ? {} : opts;
  let cancelled = false;
  queueMicrotask(() => {
    if (cancelled) return;
    let out: Parameters<FlateCallback>[1];
    try {
      out = zipSync(data as Parameters<typeof zipSync>[0], options) as Parameters<FlateCallback>[1];
    } catch (e) {
      done(e as Parameters<FlateCallback>[0], null as unknown as Parameters<FlateCallback>[1]);
      return;
    }
    done(null, out);
  });
  return () => {
    cancelled = true;
  };
}
