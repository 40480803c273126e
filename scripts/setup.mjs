// First step of `npm start` and `npm test` on a fresh machine. Plain JavaScript on purpose: it runs before
// the TypeScript tooling is installed. Installs the npm packages (from the lock file) and, for the tests,
// Debian's Chromium — the only browser the tests use; no tool downloads a browser of its own.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const withBrowser = process.argv.includes('--with-browser');

const lock = statSync('package-lock.json').mtimeMs;
const marker = 'node_modules/.package-lock.json';
if (!existsSync(marker) || statSync(marker).mtimeMs < lock) {
  console.log('setup: installing npm packages (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (withBrowser && !existsSync(CHROMIUM)) {
  console.log(`setup: ${CHROMIUM} is missing; installing Debian's chromium package…`);
  const sudo = process.getuid && process.getuid() !== 0 ? ['sudo'] : [];
  const apt = (...args) => (sudo.length ? run('sudo', ['apt-get', ...args]) : run('apt-get', args));
  apt('update', '-qq');
  apt('install', '-y', '-qq', '--no-install-recommends', 'chromium');
  void sudo;
}
