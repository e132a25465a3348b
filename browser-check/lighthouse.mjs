// One Lighthouse run in its own process, so that a hung or crashed run can be ended and retried.
//   node lighthouse.mjs URL mobile|desktop OUTBASE [LIMIT_SECONDS]
// Writes OUTBASE.report.json and OUTBASE.report.html. Exit 0 when the report holds scores,
// 2 when Lighthouse or the browser failed (the message is on stderr).
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS, dropProfile, freshProfile } from './chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const [url, preset, outBase, limitArg] = process.argv.slice(2);
if (!url || !['mobile', 'desktop'].includes(preset) || !outBase) {
  console.error('usage: node lighthouse.mjs URL mobile|desktop OUTBASE [LIMIT_SECONDS]');
  process.exit(2);
}
const limitSeconds = Number(limitArg || 90);

const profile = freshProfile();
let chrome;
function finish(code, message) {
  if (message) console.error(message + browserSaid());
  try {
    chrome?.kill();
  } catch {
    // the browser is already gone
  }
  dropProfile(profile);
  process.exit(code);
}
process.on('uncaughtException', e => finish(2, `Lighthouse ${preset} run failed: ${e?.message || e}`));
process.on('unhandledRejection', e => finish(2, `Lighthouse ${preset} run failed: ${e?.message || e}`));
/** The browser's own last words, which chrome-launcher keeps in the profile folder. */
function browserSaid() {
  const log = join(profile, 'chrome-err.log');
  const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n').map(l => l.trim()).filter(Boolean) : [];
  const gist = lines.filter(l => !/^\[:|DevTools listening|dbus/.test(l)).slice(-2).join(' / ');
  return gist ? ` (browser: ${gist})` : '';
}
const timer = setTimeout(() => finish(2, `Lighthouse ${preset} run did not finish within ${limitSeconds} s`),
  limitSeconds * 1000);

try {
  chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: [...CHROMIUM_FLAGS],
    userDataDir: profile,
    logLevel: 'silent',
  });
  const flags = {
    port: chrome.port,
    output: ['json', 'html'],
    onlyCategories: CATEGORIES,
    logLevel: 'error',
    maxWaitForLoad: 45000,
  };
  const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
  if (!result) finish(2, 'Lighthouse returned no result');
  const [json, html] = result.report;
  writeFileSync(`${outBase}.report.json`, json);
  writeFileSync(`${outBase}.report.html`, html);
  const lhr = result.lhr;
  if (lhr.runtimeError) finish(2, `Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const missing = CATEGORIES.filter(c => lhr.categories[c]?.score == null);
  if (missing.length) finish(2, `Lighthouse gave no score for ${missing.join(', ')}`);
  clearTimeout(timer);
  finish(0);
} catch (e) {
  finish(2, `Lighthouse ${preset} run failed: ${e?.message || e}`);
}
