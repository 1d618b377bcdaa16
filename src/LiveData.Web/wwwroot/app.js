// The page: workflow forms built from each workflow's default parameters, the job table, command verdicts and live
// plots, all fed by the server's event stream (/api/events).
import { createPlot } from './plots.js';

const $ = s => document.querySelector(s);
const plots = new Map();
const seenNotices = new Set();
let catalogue = null;

async function post(url, body) {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body ?? {}) });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(answer.error ?? response.statusText);
  return answer;
}

// Parameters as a flat list of dotted paths (toa_edges.num_bins) and back, so any workflow's defaults give a form.
function leaves(value, path = []) {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]))
    : [{ path, value }];
}

function readForm(form, defaults) {
  const params = structuredClone(defaults);
  for (const input of form.querySelectorAll('[data-path]')) {
    const path = input.dataset.path.split('.');
    const parent = path.slice(0, -1).reduce((o, k) => o[k], params);
    const key = path.at(-1);
    parent[key] = input.type === 'checkbox' ? input.checked
      : input.dataset.kind === 'number' ? (input.value.trim() === '' ? null : Number(input.value))
      : input.dataset.kind === 'json' ? JSON.parse(input.value) : input.value;
  }
  return params;
}

function fillForm(form, params) {
  for (const { path, value } of leaves(params)) {
    const input = form.querySelector(`[data-path="${path.join('.')}"]`);
    if (!input) continue;
    if (input.type === 'checkbox') input.checked = !!value;
    else input.value = input.dataset.kind === 'json' ? JSON.stringify(value) : value;
  }
}

function field(path, value) {
  const label = document.createElement('label');
  const kind = typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'bool' : typeof value === 'string' ? 'text' : 'json';
  label.innerHTML = `<span>${path.at(-1)}</span><input>`;
  const input = label.querySelector('input');
  Object.assign(input, { name: path.join('.'), type: kind === 'number' ? 'number' : kind === 'bool' ? 'checkbox' : 'text' });
  if (kind === 'number') input.step = 'any';
  input.dataset.path = path.join('.');
  input.dataset.kind = kind;
  return label;
}

function workflowCard(w) {
  const card = document.createElement('details');
  card.className = 'workflow';
  card.dataset.workflow = w.name;
  card.innerHTML = `<summary>${w.title} <span class="service">${w.name} · ${w.service}</span></summary>
    <form><div class="sources"></div><details class="params"><summary>Parameters</summary></details>
      <div class="buttons"><button type="submit" class="primary start">Start</button>
        <button type="button" class="stop">Stop</button><button type="button" class="reset">Reset</button>
        <button type="button" class="defaults">Defaults</button></div>
      <div class="verdict" data-testid="verdict"></div></form>`;
  const form = card.querySelector('form');
  // The running sources if any; otherwise every source, unless there are so many (a log per device) that one must choose.
  const chosen = new Set(w.runningSources.length > 0 ? w.runningSources : w.sources.length <= 12 ? w.sources : []);
  for (const source of w.sources) {
    const label = document.createElement('label');
    label.className = 'source';
    label.innerHTML = `<input type="checkbox" name="source" value="${source}"${chosen.has(source) ? ' checked' : ''}> ${source}`;
    form.querySelector('.sources').append(label);
  }
  // One fieldset per parameter group (toa_edges, toa_range, …), as the defaults nest them.
  const groups = new Map();
  for (const { path, value } of leaves(w.defaults)) {
    const group = path.length > 1 ? path[0] : '';
    if (!groups.has(group)) {
      const set = document.createElement('fieldset');
      set.innerHTML = group ? `<legend>${group}</legend>` : '';
      groups.set(group, set);
      form.querySelector('.params').append(set);
    }
    groups.get(group).append(field(path, value));
  }
  fillForm(form, w.currentParams ?? w.defaults);
  const verdict = card.querySelector('.verdict');
  const say = (text, error = false) => { verdict.textContent = text; verdict.classList.toggle('error', error); };
  const act = async (what, run) => {
    try { say(`${what}…`); await run(); } catch (e) { say(`${what} refused: ${e.message}`, true); }
    refreshCatalogue();
  };
  form.addEventListener('submit', e => {
    e.preventDefault();
    const sources = [...form.querySelectorAll('input[name=source]:checked')].map(i => i.value);
    act(card.dataset.running === 'true' ? 'Reconfiguring' : 'Starting', () => post(`api/workflows/${w.name}/start`, { sources, params: readForm(form, w.defaults) }));
  });
  card.querySelector('.stop').addEventListener('click', () => act('Stopping', () => post(`api/workflows/${w.name}/stop`)));
  card.querySelector('.reset').addEventListener('click', () => act('Resetting', () => post(`api/workflows/${w.name}/reset`)));
  card.querySelector('.reset').disabled = !w.supportsReset;
  card.querySelector('.defaults').addEventListener('click', () => fillForm(form, w.defaults));
  return card;
}

async function refreshCatalogue() {
  catalogue = await (await fetch('api/workflows')).json();
  $('#instrument').textContent = catalogue.instrument;
  document.title = `LiveData ${catalogue.instrument}`;
  for (const w of catalogue.workflows) {
    let card = document.querySelector(`.workflow[data-workflow="${w.name}"]`);
    if (!card) {
      card = workflowCard(w);
      card.open = w.runningSources.length > 0;
      $('#workflows').append(card);
    }
    card.dataset.running = String(w.runningSources.length > 0);
    card.querySelector('.start').textContent = w.runningSources.length > 0 ? 'Apply (restart)' : 'Start';
  }
}

function showNotice(n) {
  if (seenNotices.has(n.seq)) return;
  seenNotices.add(n.seq);
  const item = document.createElement('li');
  item.textContent = `${new Date(n.at).toLocaleTimeString()} ${n.text}`;
  item.classList.toggle('error', n.isError);
  $('#notices').prepend(item);
  // A verdict names its workflow (e.g. "Start dummy/monitor_histogram/1 failed: …"); its card shows it too.
  for (const card of document.querySelectorAll('.workflow')) {
    if (catalogue && n.text.includes(`/${card.dataset.workflow}/`)) {
      const verdict = card.querySelector('.verdict');
      verdict.textContent = n.text;
      verdict.classList.toggle('error', n.isError);
    }
  }
}

function showStatus(status) {
  // Counts the pushes a page receives: a plot that stands still while these go on is still, not disconnected.
  $('#connection').dataset.statusEvents = String(+($('#connection').dataset.statusEvents ?? 0) + 1);
  // Jobs of an earlier generation drop out once silent long enough to be stale: the table stays about what runs.
  const rows = status.jobs.filter(j => j.current || !j.stale).map(j => `<tr data-workflow="${j.workflow}" data-source="${j.source}" data-state="${j.state}" data-current="${j.current}">
      <td>${j.workflow}</td><td>${j.source}</td><td>${j.job}</td><td class="state">${j.state}</td><td>${j.service} (${j.workers.split(', ').map(w => w.slice(0, 8)).join(', ') || '–'})</td>
      <td>${j.heartbeatAgeSeconds === null ? '–' : `${j.heartbeatAgeSeconds.toFixed(0)} s ago`}</td>
      <td class="flags">${j.stale ? '<span>stale</span>' : ''}${j.current ? '' : 'old generation'}</td><td>${j.message ?? ''}</td></tr>`);
  $('#jobs tbody').innerHTML = rows.join('') || '<tr><td colspan="8">no jobs yet</td></tr>';
  $('#pending').textContent = status.pending.length
    ? `Awaiting answers: ${status.pending.map(p => `${p.command} (${p.responsesAwaited} service(s), ${p.ageSeconds.toFixed(0)} s)`).join('; ')}`
    : 'No commands awaiting an answer.';
  $('#workers').textContent = `Workers: ${status.workers.map(w => `${w.service}:${w.workerId} ${w.state}${w.stale ? ' (stale)' : ''}, ${w.activeJobs} job(s)`).join('; ') || 'none heard yet'}`;
  const running = new Set(status.jobs.filter(j => j.current).map(j => j.workflow));
  for (const card of document.querySelectorAll('.workflow')) {
    card.dataset.heard = String(running.has(card.dataset.workflow));
    if (running.has(card.dataset.workflow) && card.dataset.running !== 'true') refreshCatalogue();
  }
}

function groupFor(p) {
  const id = `${p.workflow}/${p.source}`;
  let group = document.querySelector(`.group[data-group="${CSS.escape(id)}"]`);
  if (!group) {
    group = document.createElement('div');
    group.className = 'group';
    group.dataset.group = id;
    group.innerHTML = `<h3>${p.workflow.split('/')[1]} · ${p.source}</h3><div class="cards"></div>`;
    $('#plots').append(group);
  }
  return group.querySelector('.cards');
}

const publishRois = workflow => (source, rectangles) =>
  post(`api/workflows/${workflow}/rois`, { source, rectangles }).catch(e => showNotice({ seq: `roi${Date.now()}`, at: Date.now(), text: `ROIs refused: ${e.message}`, isError: true }));

function showPlot(p) {
  let plot = plots.get(p.key);
  if (plot && plot.kind !== p.kind) { plot.destroy(); plot = null; }
  if (!plot) {
    plot = createPlot(p, publishRois(p.workflow.split('/')[1]));
    plots.set(p.key, plot);
    // Images first, then lines, then numbers: the ROI spectra sit beside their detector image.
    const cards = groupFor(p);
    const order = { image: 0, lines: 1, scalar: 2 };
    const after = [...cards.children].find(c => order[c.classList[1]] > order[p.kind]);
    cards.insertBefore(plot.card, after ?? null);
  }
  plot.update(p);
}

function removePlots(keys) {
  for (const key of keys) {
    plots.get(key)?.destroy();
    plots.delete(key);
  }
  document.querySelectorAll('.group').forEach(g => { if (!g.querySelector('.plot')) g.remove(); });
}

function connect() {
  const events = new EventSource('api/events');
  const state = s => { $('#connection').dataset.state = s; $('#connection').textContent = s; };
  events.onopen = () => state('live');
  events.onerror = () => state('lost');
  events.addEventListener('plot', e => showPlot(JSON.parse(e.data)));
  events.addEventListener('removed', e => removePlots(JSON.parse(e.data)));
  events.addEventListener('status', e => showStatus(JSON.parse(e.data)));
  events.addEventListener('notice', e => showNotice(JSON.parse(e.data)));
}

await refreshCatalogue();
connect();
