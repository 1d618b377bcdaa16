// Proves Reqnroll's html report (artifacts/report/index.html, the Cucumber html-formatter React app) shows what the
// run's Cucumber messages (cucumber.ndjson, written by the same run) hold: opens a copy of the report with every
// feature, hook and attachment expanded in headless Chromium and looks in the rendered page (not in the embedded
// messages) for
//   - every feature and scenario name that ran (gherkinDocument + the pickles of started test cases),
//   - every attachment by its file name, and an <img> for every image/png attachment;
// and requires at least one image/png attachment (the plots of results) in the messages.
// Node built-ins only (no npm install). Exits 1 when something is missing.
// Usage: node tools/report/check.mjs CHROMIUM [report-dir]   (default dir: artifacts/report)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [browser, dir = resolve(here, '../../artifacts/report')] = process.argv.slice(2);
if (!browser) {
  console.error('usage: node check.mjs CHROMIUM [report-dir]');
  process.exit(2);
}

const envelopes = readFileSync(join(dir, 'cucumber.ndjson'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
// Reqnroll emits every pickle of a feature it touched, also those a filtered run left out: a scenario ran when a
// testCaseStarted points (through its testCase) at its pickle.
const testCases = new Map(envelopes.filter((e) => e.testCase).map(({ testCase }) => [testCase.id, testCase.pickleId]));
const ran = new Set(envelopes.filter((e) => e.testCaseStarted).map((e) => testCases.get(e.testCaseStarted.testCaseId)));
const pickles = envelopes.filter((e) => e.pickle && ran.has(e.pickle.id)).map((e) => e.pickle);
const expected = new Set();
for (const { gherkinDocument } of envelopes.filter((e) => e.gherkinDocument)) {
  if (!gherkinDocument.feature || !pickles.some((p) => p.uri === gherkinDocument.uri)) continue;
  expected.add(gherkinDocument.feature.name);
  const children = gherkinDocument.feature.children.flatMap((c) => (c.rule ? c.rule.children : [c]));
  const names = new Map(children.filter((c) => c.scenario).map(({ scenario }) => [scenario.id, scenario.name]));
  // A pickle of an outline row points at the outline first, then at its Examples row; the page shows the outline's name.
  for (const pickle of pickles.filter((p) => p.uri === gherkinDocument.uri)) {
    expected.add(names.get(pickle.astNodeIds[0]) ?? pickle.name);
  }
}
const attachments = envelopes.filter((e) => e.attachment).map((e) => e.attachment);
const files = attachments.filter((a) => a.fileName);
const images = attachments.filter((a) => a.mediaType === 'image/png');

const expanded = join(dir, 'expanded.html');
writeFileSync(expanded, `${readFileSync(join(dir, 'index.html'), 'utf8')}\n<script>\n${readFileSync(join(here, 'expand-all.js'), 'utf8')}</script>\n`);
const profile = mkdtempSync(join(tmpdir(), 'report-check-'));
const run = spawnSync(browser, [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`,
  '--virtual-time-budget=15000', '--dump-dom', pathToFileURL(expanded).href,
], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
rmSync(profile, { recursive: true, force: true });
if (run.status !== 0) {
  console.error(`report check: ${browser} failed (${run.status ?? run.signal}): ${run.stderr}`);
  process.exit(1);
}

const page = run.stdout.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<style\b[\s\S]*?<\/style>/g, '');
const text = page
  .replace(/<[^>]*>/g, ' ')
  .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
  .replace(/\s+/g, ' ');
const onPage = (name) => text.includes(name.replace(/\s+/g, ' '));
const problems = [];
const missing = [...expected].filter((name) => !onPage(name));
if (missing.length > 0) {
  problems.push(`${missing.length} of ${expected.size} feature/scenario names are not on the rendered page:`, ...missing.map((n) => `  - ${n}`));
}
const missingFiles = [...new Set(files.map((a) => a.fileName))].filter((name) => !onPage(name));
if (missingFiles.length > 0) {
  problems.push(`${missingFiles.length} attachments are not on the rendered page:`, ...missingFiles.map((n) => `  - ${n}`));
}
const shown = (page.match(/<img\b[^>]*\bsrc="data:image\/png;base64,/g) ?? []).length;
if (images.length === 0) {
  problems.push('no image/png attachment (plot of results) in cucumber.ndjson');
} else if (shown < images.length) {
  problems.push(`${images.length} image/png attachments in cucumber.ndjson, but ${shown} PNG images on the rendered page`);
}
if (problems.length > 0) {
  console.error(`report check: ${problems.join('\n')}`);
  process.exit(1);
}
console.log(`report check: all ${expected.size} feature and scenario names and all ${attachments.length} attachments `
  + `(${images.length} PNG plots shown as images) are on the rendered page`);
