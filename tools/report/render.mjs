// Renders Cucumber Messages (NDJSON) as one self-contained HTML file.
// Usage: node tools/report/render.mjs [input.ndjson] [output.html]
// Defaults: artifacts/report/cucumber.ndjson -> artifacts/report/index.html under the repository root.
import { createReadStream, createWriteStream } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { CucumberHtmlStream } from '@cucumber/html-formatter';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const input = resolve(process.argv[2] ?? `${root}/artifacts/report/cucumber.ndjson`);
const output = resolve(process.argv[3] ?? `${root}/artifacts/report/index.html`);

async function* envelopes(path) {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() !== '') {
      yield JSON.parse(line);
    }
  }
}

await pipeline(Readable.from(envelopes(input)), new CucumberHtmlStream(), createWriteStream(output));
console.log(`report: ${output}`);
