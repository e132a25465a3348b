// Checks built sites in headless Chromium, the way a visitor's browser sees them.
//   node check.mjs OUTROOT THEME...      (each theme's site is OUTROOT/THEME/site)
// For each theme: serves the site on 127.0.0.1, runs Lighthouse (mobile and desktop presets) on
// the home page and on one story page, runs axe-core (WCAG 2.x A/AA and best practice) on both
// pages in the light and the dark colour scheme at 390 px and 1440 px, and saves full-page
// screenshots. Prints one line per theme/page/preset and a summary line.
// Exit 0 every check passed, 1 a score or an axe result is below the bar, 2 a tooling problem.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, dropProfile, freshProfile } from './chromium.mjs';
import { serve } from './serve.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const MINIMUM = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const PRESETS = [
  { name: 'mobile', width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  { name: 'desktop', width: 1440, height: 900, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
];
const SCHEMES = ['light', 'dark'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const LIGHTHOUSE_SECONDS = 90;   // one run; a run that errors or overruns is tried once more
const BROWSER_SECONDS = 180;     // axe and screenshots for one theme, both widths

/** A problem with the tools, not with the site: exit 2. */
class ToolingError extends Error {}

const [outArg, ...themes] = process.argv.slice(2);
if (!outArg || themes.length === 0) {
  console.error('usage: node check.mjs OUTROOT THEME...');
  process.exit(2);
}
const outRoot = resolve(outArg);
try {
  accessSync(CHROMIUM, constants.X_OK);
} catch {
  console.log(`browser-check: TOOLING PROBLEM: no browser at ${CHROMIUM} (apt-get install chromium)`);
  process.exit(2);
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function timeBox(promise, seconds, what) {
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new ToolingError(`${what} did not finish within ${seconds} s`)), seconds * 1000);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The pages to look at: the home page and the first story page (sorted by file name). */
function pagesOf(site) {
  if (!existsSync(join(site, 'index.html'))) throw new ToolingError(`no index.html in ${site}`);
  const storyDir = join(site, 'stories');
  const stories = existsSync(storyDir) ? readdirSync(storyDir).filter(f => f.endsWith('.html')).sort() : [];
  if (stories.length === 0) throw new ToolingError(`no story page (stories/*.html) in ${site}`);
  return [{ name: 'home', path: '' }, { name: 'story', path: `stories/${stories[0]}` }];
}

/** Runs lighthouse.mjs in a child process; resolves to its stderr when it fails, '' when it worked. */
function lighthouseOnce(url, preset, outBase) {
  return new Promise(done => {
    const child = spawn(process.execPath, [join(HERE, 'lighthouse.mjs'), url, preset, outBase, String(LIGHTHOUSE_SECONDS)],
      { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', chunk => { stderr += chunk; });
    const killer = setTimeout(() => child.kill('SIGKILL'), (LIGHTHOUSE_SECONDS + 20) * 1000);
    child.on('error', e => { clearTimeout(killer); done(`could not start Lighthouse: ${e.message}`); });
    child.on('exit', (code, signal) => {
      clearTimeout(killer);
      if (code === 0) done('');
      else done(oneLine(stderr) || `Lighthouse ended with ${signal || `exit code ${code}`}`);
    });
  });
}

/** The gist of a child's error output: its last line that names an error, else its first line. */
function oneLine(text) {
  const lines = text.split('\n').map(l => l.trim()).filter(Boolean);
  return [...lines].reverse().find(l => /error|failed|did not finish/i.test(l)) || lines[0] || '';
}

/** The gist of a Playwright error: its first line and what the browser itself said on stderr. */
function browserGist(message) {
  const lines = message.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  const calls = lines.indexOf('Call log:');
  const said = lines.slice(0, calls < 0 ? lines.length : calls).filter(l => /\]\[err\] /.test(l)).slice(0, 2);
  return [lines[0], ...said].join(' / ');
}

let lighthouseBroken = '';

async function lighthouse(url, preset, outBase) {
  if (lighthouseBroken) throw new ToolingError(`not run: an earlier Lighthouse run failed twice (${lighthouseBroken})`);
  let problem = await lighthouseOnce(url, preset, outBase);
  if (problem) {
    console.log(`  (Lighthouse ${preset} ${url} failed, trying once more: ${problem})`);
    problem = await lighthouseOnce(url, preset, outBase);
  }
  if (problem) {
    lighthouseBroken = problem;
    throw new ToolingError(problem);
  }
  const lhr = JSON.parse(readFileSync(`${outBase}.report.json`, 'utf8'));
  const scores = Object.fromEntries(Object.keys(MINIMUM).map(c => [c, Math.round(lhr.categories[c].score * 100)]));
  const shortfalls = [];
  for (const [category, minimum] of Object.entries(MINIMUM)) {
    if (scores[category] >= minimum) continue;
    const audits = lhr.categories[category].auditRefs
      .filter(ref => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map(ref => {
        const audit = lhr.audits[ref.id];
        return `${ref.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}: ${audit.title}`;
      });
    shortfalls.push(`${category} ${scores[category]} < ${minimum}${audits.length ? ': ' + audits.join('; ') : ''}`);
  }
  return {
    scores, shortfalls, notes: lhr.runWarnings || [],
    lighthouse: lhr.lighthouseVersion, browser: lhr.environment.hostUserAgent,
  };
}

/** axe and screenshots for every page and scheme at one preset's width, in one fresh browser. */
async function axeAtWidth(baseUrl, pages, preset, themeOut) {
  const profile = freshProfile();
  const { name, width, height, ...device } = preset;
  const found = [];
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS.filter(flag => flag !== '--headless'),
      viewport: { width, height },
      ...device,
      bypassCSP: true,
      timeout: 30000,
    });
    const origin = new URL(baseUrl).origin;
    const page = context.pages()[0] || await context.newPage();
    page.setDefaultTimeout(30000);
    await page.route('**/*', route => {
      const requested = route.request().url();
      const local = requested.startsWith(origin + '/') || requested.startsWith('data:') || requested.startsWith('blob:');
      return local ? route.continue() : route.abort('addressunreachable');
    });
    for (const { name: pageName, path } of pages) {
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
        if (!response || !response.ok()) {
          throw new ToolingError(`${baseUrl + path} answered ${response ? response.status() : 'nothing'}`);
        }
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: join(themeOut, `${pageName}-${width}-${scheme}.png`), fullPage: true, animations: 'disabled' });
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(tags => window.axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        }), AXE_TAGS);
        found.push({
          page: pageName, preset: name, width, scheme, axe: result.testEngine.version,
          violations: result.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })),
          })),
        });
      }
    }
  } finally {
    await context?.close().catch(() => {});
    dropProfile(profile);
  }
  return found;
}

function pad(text, width) {
  return String(text).padEnd(width);
}

async function checkTheme(theme) {
  const themeOut = join(outRoot, theme);
  const site = join(themeOut, 'site');
  const pages = pagesOf(site);
  const server = await serve(site);
  const rows = [];
  let toolingProblems = 0;
  const started = Date.now();
  try {
    console.log(`== ${theme}: ${server.url} (home: index.html, story: ${pages[1].path})`);
    for (const { name: pageName, path } of pages) {
      for (const { name: preset } of PRESETS) {
        const row = { theme, page: pageName, preset };
        try {
          Object.assign(row, await lighthouse(server.url + path, preset, join(themeOut, `lighthouse-${pageName}-${preset}`)));
        } catch (e) {
          if (!(e instanceof ToolingError)) throw e;
          row.tooling = e.message;
          toolingProblems++;
        }
        rows.push(row);
      }
    }
    const lighthouseSeconds = Math.round((Date.now() - started) / 1000);
    let views = [];
    let axeRan = false;
    try {
      views = await timeBox((async () => {
        const all = [];
        for (const preset of PRESETS) all.push(...await axeAtWidth(server.url, pages, preset, themeOut));
        return all;
      })(), BROWSER_SECONDS, `axe and screenshots for ${theme}`);
      axeRan = true;
    } catch (e) {
      toolingProblems++;
      const problem = `axe and screenshots: ${browserGist(e.message)}`;
      console.log(`  (${problem})`);
      for (const row of rows) row.tooling = row.tooling || problem;
    }
    const browserSeconds = Math.round((Date.now() - started) / 1000) - lighthouseSeconds;
    for (const row of rows) {
      const mine = views.filter(v => v.page === row.page && v.preset === row.preset);
      row.axeViolations = axeRan ? mine.reduce((n, v) => n + v.violations.length, 0) : undefined;
      row.axeDetails = mine.flatMap(v => v.violations.map(x =>
        `axe ${v.width}px ${v.scheme}: ${x.id} [${x.impact}] on ${x.nodes.length} element(s): ` +
        x.nodes.slice(0, 3).map(n => n.target).join(', ') + ` — ${x.help}`));
      row.pass = !row.tooling && row.shortfalls.length === 0 && row.axeViolations === 0;
      printRow(row);
    }
    writeFileSync(join(themeOut, 'results.json'), JSON.stringify({ theme, url: server.url, pages, rows, axe: views }, null, 2) + '\n');
    const sample = rows.find(r => r.scores);
    const tools = [sample && `Lighthouse ${sample.lighthouse}`, views[0] && `axe ${views[0].axe}`,
      sample && (sample.browser.match(/(Headless)?Chrome\/[\d.]+/) || [])[0]].filter(Boolean).join(', ');
    console.log(`   ${theme}: Lighthouse ${lighthouseSeconds} s, axe and screenshots ${browserSeconds} s (${tools}); ` +
      `reports, screenshots and results.json in ${themeOut}`);
  } finally {
    await server.close();
  }
  return { rows, toolingProblems };
}

function printRow(row) {
  const head = `${pad(row.theme, 10)} ${pad(row.page, 6)} ${pad(row.preset, 8)}`;
  if (row.scores) {
    const scores = Object.entries(row.scores).map(([c, s]) => `${c} ${pad(s, 3)}`).join('  ');
    const axe = row.axeViolations === undefined ? 'axe -' : `axe ${row.axeViolations}`;
    console.log(`${head} ${scores}  ${axe}  ${row.pass ? 'ok' : 'FAIL'}`);
  } else {
    console.log(`${head} no scores  ERROR`);
  }
  for (const line of [...(row.shortfalls || []), ...(row.axeDetails || [])]) console.log(`    ${line}`);
  for (const note of row.notes || []) console.log(`    Lighthouse warning: ${note}`);
  if (row.tooling) console.log(`    tooling problem: ${row.tooling}`);
}

const started = Date.now();
const rows = [];
let toolingProblems = 0;
for (const theme of themes) {
  try {
    const result = await checkTheme(theme);
    rows.push(...result.rows);
    toolingProblems += result.toolingProblems;
  } catch (e) {
    toolingProblems++;
    console.log(`${pad(theme, 10)} could not be checked: ${e.message}`);
  }
}
const seconds = Math.round((Date.now() - started) / 1000);
const failed = rows.filter(r => !r.pass && !r.tooling);
const bar = `performance >= ${MINIMUM.performance}, accessibility, best-practices and seo 100, no axe violations`;
const themeList = `${themes.length} theme${themes.length === 1 ? '' : 's'} (${themes.join(', ')})`;
if (toolingProblems > 0) {
  console.log(`browser-check: TOOLING PROBLEM: ${toolingProblems} problem(s) while checking ${themeList}; ` +
    `${failed.length} page/preset check(s) below the bar; ${seconds} s`);
  process.exit(2);
}
if (failed.length > 0) {
  console.log(`browser-check: FAIL: ${failed.length} of ${rows.length} page/preset checks in ${themeList} below the bar ` +
    `(${bar}): ${failed.map(r => `${r.theme} ${r.page} ${r.preset}`).join(', ')}; ${seconds} s`);
  process.exit(1);
}
console.log(`browser-check: PASS: ${rows.length} page/preset checks in ${themeList} at ${bar}; ${seconds} s`);
process.exit(0);
