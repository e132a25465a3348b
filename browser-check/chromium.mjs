// How every browser in the check is started: Debian's Chromium, headless, a new empty profile,
// and no way out to the network. Every host name resolves to nothing; the sites under test are
// addressed by the IP literal 127.0.0.1, which needs no lookup.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const LOOPBACK = '127.0.0.1';

/** Flags shared by the Lighthouse and the axe browsers (the profile folder is added per start). */
export const CHROMIUM_FLAGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${LOOPBACK}`,
]);

/** A new, empty Chromium profile folder; remove it with dropProfile. */
export function freshProfile() {
  return mkdtempSync(join(tmpdir(), 'folio-browser-check-profile-'));
}

export function dropProfile(dir) {
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
