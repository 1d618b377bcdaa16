// Proves the rendered report shows every feature and scenario that ran: opens a copy of the report with
// every section expanded in headless Chromium, and looks for each name in the rendered page (not in the
// embedded messages). Exits 1 when a name is missing.
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
const expected = new Set();
const scenarioNames = new Map();
for (const { gherkinDocument } of envelopes.filter((e) => e.gherkinDocument)) {
  expected.add(gherkinDocument.feature.name);
  const children = gherkinDocument.feature.children.flatMap((c) => (c.rule ? c.rule.children : [c]));
  for (const { scenario } of children.filter((c) => c.scenario)) {
    scenarioNames.set(scenario.id, scenario.name);
  }
}
for (const { pickle } of envelopes.filter((e) => e.pickle)) {
  expected.add(scenarioNames.get(pickle.astNodeIds[0]) ?? pickle.name);
}

const expanded = join(dir, 'expanded.html');
writeFileSync(expanded, `${readFileSync(join(dir, 'index.html'), 'utf8')}\n<script>\n${readFileSync(join(here, 'expand-all.js'), 'utf8')}</script>\n`);
const profile = mkdtempSync(join(tmpdir(), 'report-check-'));
const run = spawnSync(browser, [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`,
  '--virtual-time-budget=15000', '--dump-dom', pathToFileURL(expanded).href,
], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
rmSync(profile, { recursive: true, force: true });
if (run.status !== 0) {
  console.error(`report check: ${browser} failed (${run.status ?? run.signal}): ${run.stderr}`);
  process.exit(1);
}

const text = run.stdout
  .replace(/<script\b[\s\S]*?<\/script>/g, '')
  .replace(/<style\b[\s\S]*?<\/style>/g, '')
  .replace(/<[^>]*>/g, ' ')
  .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
  .replace(/\s+/g, ' ');
const missing = [...expected].filter((name) => !text.includes(name.replace(/\s+/g, ' ')));
if (missing.length > 0) {
  console.error(`report check: ${missing.length} of ${expected.size} feature/scenario names are not on the rendered page:`);
  for (const name of missing) console.error(`  - ${name}`);
  process.exit(1);
}
console.log(`report check: all ${expected.size} feature and scenario names are on the rendered page`);
