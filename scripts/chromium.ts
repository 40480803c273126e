// Debian's Chromium as the browser tests and the benchmark start it. The flags keep Chromium from calling
// Google's services: this machine (and CI) has no internet, and the site must not depend on any.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];
