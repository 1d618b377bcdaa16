// Draws one result per card: numbers, lines (uPlot) and detector images (a canvas heatmap with ROI rectangles).
const palette = [[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]];
const lineColours = ['#0b6e99', '#d1495b', '#edae49', '#00798c', '#30638e', '#66a182', '#8d96a3'];
// ROI n has the same colour on the image and in the spectra, one that stands out on viridis.
const roiColours = ['#ff2d55', '#ff9500', '#ffffff', '#af52de', '#00c7be', '#000000'];

function colour(t) {
  const x = Math.min(Math.max(t, 0), 1) * (palette.length - 1);
  const i = Math.min(Math.floor(x), palette.length - 2);
  const f = x - i;
  return palette[i].map((c, k) => Math.round(c + f * (palette[i + 1][k] - c)));
}

const format = v => v === null || v === undefined ? '–'
  : Math.abs(v) >= 1e5 || (Math.abs(v) < 1e-3 && v !== 0) ? v.toExponential(3) : (+v.toFixed(4)).toLocaleString('en');

/** One card; `update(payload)` redraws it. `onRois(source, rectangles)` publishes rectangles drawn on an image. */
export function createPlot(payload, onRois) {
  const card = document.createElement('section');
  card.className = `plot ${payload.kind}`;
  Object.assign(card.dataset, { key: payload.key, workflow: payload.workflow.split('/')[1], source: payload.source, output: payload.output, updates: '0' });
  card.innerHTML = `<h4><span>${payload.output}</span><span class="total"></span></h4><div class="body"></div>`;
  const body = card.querySelector('.body');
  const view = payload.kind === 'image' ? imageView(body, payload, onRois)
    : payload.kind === 'lines' ? lineView(body) : scalarView(body);
  return {
    card,
    kind: payload.kind,
    update(p) {
      view(p);
      card.dataset.updates = String(+card.dataset.updates + 1);
      card.dataset.total = String(p.total);
      card.dataset.lines = String(p.series?.length ?? 0);
      card.dataset.bins = String(p.kind === 'lines' ? p.x.length : p.kind === 'image' ? p.width * p.height : 1);
      card.querySelector('.total').textContent = `Σ ${format(p.total)} ${p.unit}`;
    },
    destroy() { view.destroy?.(); card.remove(); },
  };
}

function scalarView(body) {
  body.innerHTML = '<div class="value"></div>';
  return p => { body.firstChild.textContent = `${format(p.value)} ${p.unit}`; };
}

const colourOf = (label, i) => /^ROI \d+$/.test(label)
  ? roiColours[+label.slice(4) % roiColours.length] : lineColours[i % lineColours.length];

function lineView(body) {
  let chart = null;
  let shape = '';
  const view = p => {
    const data = [p.x, ...p.series.map(s => s.y)];
    const now = `${p.series.map(s => s.label).join('|')}:${p.timeAxis}:${p.xLabel}`;
    if (chart && now === shape) {
      chart.setData(data);
      return;
    }
    chart?.destroy();
    shape = now;
    chart = new uPlot({
      width: 380, height: 200,
      scales: { x: { time: p.timeAxis } },
      axes: [{ label: p.xLabel }, { label: p.unit, size: 60 }],
      series: [{}, ...p.series.map((s, i) => ({ label: s.label, stroke: colourOf(s.label, i), width: 1.5, spanGaps: false }))],
      legend: { show: p.series.length > 1 },
    }, data, body);
  };
  view.destroy = () => chart?.destroy();
  return view;
}

function imageView(body, first, onRois) {
  body.innerHTML = `<div class="image-tools"><span class="axes"></span>
      <label><input type="checkbox" class="log"> log scale</label>
      <button type="button" class="clear-rois">clear ROIs</button></div>
    <div class="image-wrap"><canvas class="heat"></canvas><canvas class="overlay" width="362" height="362"></canvas></div>
    <div class="colorbar"></div><div class="image-tools"><span class="min"></span><span class="max"></span></div>`;
  const heat = body.querySelector('canvas.heat');
  const overlay = body.querySelector('canvas.overlay');
  const log = body.querySelector('input.log');
  const rectangles = [];
  let last = first;
  let drag = null;

  // Screen pixel index under a mouse position; y grows upwards as on the detector's screen.
  const toScreen = e => {
    const r = heat.getBoundingClientRect();
    return {
      x: Math.floor((e.clientX - r.left) / r.width * last.screenWidth),
      y: Math.floor((r.bottom - e.clientY) / r.height * last.screenHeight),
    };
  };
  const drawOverlay = () => {
    const g = overlay.getContext('2d');
    g.clearRect(0, 0, overlay.width, overlay.height);
    const sx = 360 / last.screenWidth, sy = 360 / last.screenHeight;
    const all = drag ? [...rectangles, drag] : rectangles;
    all.forEach((r, i) => {
      const x0 = Math.min(r.xMin, r.xMax), y0 = Math.max(r.yMin, r.yMax);
      g.strokeStyle = roiColours[i % roiColours.length];
      g.lineWidth = 2;
      g.strokeRect(1 + x0 * sx, 1 + 360 - y0 * sy, Math.abs(r.xMax - r.xMin) * sx, Math.abs(r.yMax - r.yMin) * sy);
      g.fillStyle = g.strokeStyle;
      g.font = 'bold 12px sans-serif';
      g.fillText(`ROI ${i}`, 4 + x0 * sx, 14 + 360 - y0 * sy);
    });
  };
  heat.addEventListener('mousedown', e => { const p = toScreen(e); drag = { xMin: p.x, xMax: p.x, yMin: p.y, yMax: p.y }; });
  heat.addEventListener('mousemove', e => { if (drag) { const p = toScreen(e); drag.xMax = p.x; drag.yMax = p.y; drawOverlay(); } });
  // A drag may end outside the image; the rectangle is clipped to the screen.
  window.addEventListener('mouseup', () => {
    if (!drag) return;
    const clip = (v, n) => Math.min(Math.max(v, 0), n - 1);
    Object.assign(drag, { xMax: clip(drag.xMax, last.screenWidth), yMax: clip(drag.yMax, last.screenHeight) });
    const r = { xMin: Math.min(drag.xMin, drag.xMax), xMax: Math.max(drag.xMin, drag.xMax) + 1, yMin: Math.min(drag.yMin, drag.yMax), yMax: Math.max(drag.yMin, drag.yMax) + 1 };
    drag = null;
    rectangles.push(r);
    drawOverlay();
    onRois(last.source, rectangles);
  });
  body.querySelector('.clear-rois').addEventListener('click', () => { rectangles.length = 0; drawOverlay(); onRois(last.source, rectangles); });
  log.addEventListener('change', () => view(last));

  const view = p => {
    last = p;
    body.querySelector('.axes').textContent = `${p.xLabel} × ${p.yLabel}`;
    heat.width = p.width;
    heat.height = p.height;
    const values = p.pixels.map(v => v === null ? NaN : log.checked ? (v > 0 ? Math.log10(v) : NaN) : v);
    const finite = values.filter(Number.isFinite);
    const min = finite.length ? finite.reduce((a, b) => Math.min(a, b)) : 0;
    const max = finite.length ? finite.reduce((a, b) => Math.max(a, b)) : 1;
    const image = heat.getContext('2d').createImageData(p.width, p.height);
    for (let y = 0; y < p.height; y++) {
      for (let x = 0; x < p.width; x++) {
        const v = values[y * p.width + x];
        const o = ((p.height - 1 - y) * p.width + x) * 4;
        const [r, g, b] = Number.isFinite(v) ? colour(max > min ? (v - min) / (max - min) : 0) : [255, 255, 255];
        image.data.set([r, g, b, 255], o);
      }
    }
    heat.getContext('2d').putImageData(image, 0, 0);
    const shown = v => log.checked ? format(10 ** v) : format(v);
    body.querySelector('.min').textContent = shown(min);
    body.querySelector('.max').textContent = `${shown(max)} ${p.unit}${log.checked ? ' (log)' : ''}`;
    drawOverlay();
  };
  return view;
}
