// Benchmark of the plot webview in Chromium (playwright-core + /usr/bin/chromium, headless): prints
//   - the minified bundle size (webview.js, webview.css; gzip for reference),
//   - first chart painted: ms from the script tag starting (fetch + compile + run) and from navigation,
//   - a slider step with 4 activations x 3 curves x 2,001 points: median and p95 of the work (input handler +
//     re-sample + redraw), also with the canvas flushed (a 1-pixel readback), and of a pan step, which
//     re-samples all four curves.
// The page is the real HTML (src/plot/html.ts, real CSP with a nonce, English strings from src/plot/strings.ts)
// served on 127.0.0.1 with a fake acquireVsCodeApi. Budgets (300 ms, 8/16 ms, 250 KB) are printed beside the
// figures; this is a measurement, not a test: it fails only when the page is broken.
//
// Usage: node bench/webview.bench.mjs [--runs=N] [--steps=N] [--screenshot=path.png] [--profile | --profile=first]
// (--profile: CPU profile of the steps; --profile=first: of the last first-paint run.)
import * as esbuild from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { texPlugin } from '../scripts/build/texPlugin.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = Object.fromEntries(process.argv.slice(2).map((a) => { const [k, v = 'true'] = a.replace(/^--/, '').split('='); return [k, v]; }));
const RUNS = Number(args.runs ?? 10);
const STEPS = Number(args.steps ?? 300);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const BUDGET = { firstPaintMs: 300, stepMedianMs: 8, stepP95Ms: 16, bundleKB: 250 };

/** The webview bundle as `node esbuild.mjs --production` makes it (same entry and options), in memory. */
async function buildWebview() {
  const r = await esbuild.build({
    entryPoints: [join(ROOT, 'webview/main.ts')],
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    outdir: '/bundle',
    write: false,
    logLevel: 'warning',
  });
  const js = r.outputFiles.find((f) => f.path.endsWith('.js')).contents;
  const css = r.outputFiles.find((f) => f.path.endsWith('.css')).contents;
  return { js, css };
}

/** The host's HTML builder, default state and English strings (with a stub `vscode.l10n.t`), as plain JS. */
async function loadHostHelpers(dir) {
  const vscodeStub = {
    name: 'vscode-stub',
    setup(build) {
      build.onResolve({ filter: /^vscode$/ }, () => ({ path: 'vscode', namespace: 'stub' }));
      build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
        contents: 'export const l10n = { t: (m, ...a) => m.replace(/\\{(\\d+)\\}/g, (s, i) => (i < a.length ? String(a[i]) : s)) };',
        loader: 'js',
      }));
    },
  };
  const out = join(dir, 'host.mjs');
  await esbuild.build({
    stdin: {
      contents: [
        `export { buildPlotHtml, makeNonce } from './src/plot/html';`,
        `export { defaultState } from './src/plot/defaults';`,
        `export { activationDetails } from './src/plot/details';`,
        `export { plotStrings } from './src/plot/strings';`,
        `export { SAMPLES } from './src/plot/protocol';`,
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    plugins: [vscodeStub, texPlugin()],
    logLevel: 'warning',
  });
  return import(pathToFileURL(out).href);
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};
const median = (xs) => quantile(xs, 0.5);
const fmt = (v) => v.toFixed(2);

const FOUR = [
  { id: 'elu', params: { alpha: 1 } },
  { id: 'leaky_relu', params: { negative_slope: 0.1 } },
  { id: 'softplus', params: { beta: 1 } },
  { id: 'gelu', params: {} },
];

/** --profile: a sampling CPU profile of the steps, printed as the functions with the most self time. */
async function startProfile(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return cdp;
}

async function printProfile(cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (const id of profile.samples) {
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}:${columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + 1);
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(top.map(([k, c]) => `  ${((100 * c) / profile.samples.length).toFixed(1).padStart(5)}% ${k}`).join('\n'));
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'activation-lens-webview-bench-'));
  const { chromium } = await import('playwright-core');
  let server;
  let browser;
  try {
    const [{ js, css }, host] = await Promise.all([buildWebview(), loadHostHelpers(dir)]);
    const strings = host.plotStrings();

    // One page per state: the fake API hands the state to the webview as its saved state.
    const pages = new Map();
    server = createServer((req, res) => {
      const url = new URL(req.url, 'http://x');
      if (url.pathname === '/webview.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
      if (url.pathname === '/webview.css') return res.writeHead(200, { 'content-type': 'text/css' }).end(css);
      if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
      const html = pages.get(url.pathname);
      if (html) return res.writeHead(200, { 'content-type': 'text/html' }).end(html);
      res.writeHead(404).end();
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${server.address().port}`;
    const addPage = (path, state) => {
      const nonce = host.makeNonce();
      const html = host.buildPlotHtml({
        cspSource: origin,
        nonce,
        scriptUri: `${origin}/webview.js`,
        styleUri: `${origin}/webview.css`,
        init: { strings, state },
      });
      // The fake VS Code API (it answers requestDetails as the host would), and when the bundle's tag is reached.
      const details = Object.fromEntries(state.curves.map((c) => [c.id, host.activationDetails(c.id)]));
      const fake = `<script nonce="${nonce}">
        window.__scriptTagAt = performance.now();
        window.__posted = [];
        const saved = ${JSON.stringify(state)};
        const details = ${JSON.stringify(details).replace(/</g, '\\u003c')};
        window.acquireVsCodeApi = () => ({
          postMessage: (m) => {
            window.__posted.push(m);
            if (m.type === 'requestDetails') {
              setTimeout(() => window.postMessage({ type: 'details', entries: m.ids.map((id) => details[id]) }, '*'), 0);
            }
          },
          getState: () => saved,
          setState: () => {},
        });
      </script>\n`;
      pages.set(path, html.replace(`<script nonce="${nonce}" src=`, `${fake}<script nonce="${nonce}" src=`));
    };
    addPage('/one.html', host.defaultState([{ id: 'gelu', params: {} }]));
    const four = { ...host.defaultState(FOUR), show: { f: true, df: true, d2f: true } };
    addPage('/four.html', four);

    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const problems = [];
    const watch = (page) => {
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`[error] ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`[pageerror] ${e.message}`));
    };

    // First paint, fresh page each run.
    const fromTag = [];
    const fromNav = [];
    const load = [];
    const init = [];
    const firstRender = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      watch(page);
      const firstCdp = args.profile === 'first' && i === RUNS - 1 ? await startProfile(context, page) : undefined;
      await page.addInitScript(() => {
        document.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => document.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(`${origin}/four.html`);
      // The chart's frame first, then the controls and `ready`.
      await page.waitForFunction(() => window.__posted.some((m) => m.type === 'ready'), null, { timeout: 10_000 });
      const t = await page.evaluate(() => {
        const paint = performance.getEntriesByName('activation-lens:first-paint')[0].startTime;
        const start = performance.getEntriesByName('activation-lens:start')[0].startTime;
        const firstRender = performance.getEntriesByName('activation-lens:render', 'measure')[0];
        return { fromTag: paint - window.__scriptTagAt, fromNav: paint, load: start - window.__scriptTagAt, init: paint - start, firstRender: firstRender.duration, csp: document.__csp, posted: window.__posted.map((m) => m.type) };
      });
      if (t.csp.length) problems.push(`CSP violations: ${t.csp.join(', ')}`);
      if (!t.posted.includes('requestDetails')) problems.push('the webview did not ask for the formulas');
      if (firstCdp) await printProfile(firstCdp);
      fromTag.push(t.fromTag);
      fromNav.push(t.fromNav);
      load.push(t.load);
      firstRender.push(t.firstRender);
      init.push(t.init);
      await page.close();
    }

    // Slider and pan steps on the four-curve page.
    const page = await context.newPage();
    watch(page);
    await page.goto(`${origin}/four.html`);
    await page.waitForFunction(() => window.__posted.some((m) => m.type === 'ready'));
    const drawn = await page.evaluate(() => {
      const c = document.getElementById('chart');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      const bg = [d[0], d[1], d[2]];
      let differing = 0;
      for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - bg[0]) + Math.abs(d[i + 1] - bg[1]) + Math.abs(d[i + 2] - bg[2]) > 60) differing++;
      return { differing, datasets: window.__posted.length };
    });
    if (drawn.differing < 2000) problems.push(`the chart looks empty (${drawn.differing} drawn pixels)`);

    const cdp = args.profile === 'true' ? await startProfile(context, page) : undefined;
    const steps = await page.evaluate(async (n) => {
      const slider = document.getElementById('c0-alpha-slider');
      const canvas = document.getElementById('chart');
      const ctx = canvas.getContext('2d');
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const lastRender = () => {
        const m = performance.getEntriesByName('activation-lens:render', 'measure');
        return m[m.length - 1];
      };
      const out = { slider: [], sliderFlushed: [], pan: [], panFlushed: [] };
      for (let i = 0; i < n; i++) {
        const before = lastRender();
        const t0 = performance.now();
        slider.value = String(0.2 + ((i * 37) % 180) / 100);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        const handler = performance.now() - t0;
        await frame();
        const r = lastRender();
        if (r === before) throw new Error('no render after a slider step');
        const f0 = performance.now();
        ctx.getImageData(0, 0, 1, 1);
        const flush = performance.now() - f0;
        out.slider.push(handler + r.duration);
        out.sliderFlushed.push(handler + r.duration + flush);
      }
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        canvas.dispatchEvent(new KeyboardEvent('keydown', { key: i % 20 < 10 ? 'ArrowRight' : 'ArrowLeft', shiftKey: true, bubbles: true }));
        const handler = performance.now() - t0;
        await frame();
        const r = lastRender();
        const f0 = performance.now();
        ctx.getImageData(0, 0, 1, 1);
        const flush = performance.now() - f0;
        out.pan.push(handler + r.duration);
        out.panFlushed.push(handler + r.duration + flush);
      }
      return out;
    }, STEPS);
    if (cdp) await printProfile(cdp);
    if (args.screenshot) await page.screenshot({ path: args.screenshot, fullPage: true });
    await page.close();

    const kb = (b) => (b / 1024).toFixed(1);
    const jsKB = js.length / 1024;
    console.log(`webview bundle: webview.js ${kb(js.length)} KB minified (${kb(gzipSync(js).length)} KB gzip), webview.css ${kb(css.length)} KB   [budget < ${BUDGET.bundleKB} KB]`);
    console.log(`first chart painted (4 activations x 3 curves, median of ${RUNS}): ${fmt(median(fromTag))} ms from the script tag, ${fmt(median(fromNav))} ms from navigation (max ${fmt(Math.max(...fromTag))} ms)   [budget < ${BUDGET.firstPaintMs} ms]`);
    console.log(`  of which: fetch + compile + module init ${fmt(median(load))} ms, app start to first chart ${fmt(median(init))} ms (the first render alone ${fmt(median(firstRender))} ms)`);
    const line = (label, xs) => `${label}: median ${fmt(median(xs))} ms, p95 ${fmt(quantile(xs, 0.95))} ms, max ${fmt(Math.max(...xs))} ms`;
    console.log(`${line(`slider step (1 of 4 curves re-sampled, 12 x ${host.SAMPLES} points redrawn, n=${STEPS})`, steps.slider)}   [budget median < ${BUDGET.stepMedianMs}, p95 < ${BUDGET.stepP95Ms}]`);
    console.log(`  ${line('with the canvas flushed', steps.sliderFlushed)}`);
    console.log(line(`pan step (all 4 curves re-sampled, 12 x ${host.SAMPLES} points redrawn, n=${STEPS})`, steps.pan));
    console.log(`  ${line('with the canvas flushed', steps.panFlushed)}`);
    const over = [];
    if (jsKB >= BUDGET.bundleKB) over.push('bundle size');
    if (median(fromTag) >= BUDGET.firstPaintMs) over.push('first paint');
    if (median(steps.slider) >= BUDGET.stepMedianMs || quantile(steps.slider, 0.95) >= BUDGET.stepP95Ms) over.push('slider step');
    console.log(over.length ? `OVER BUDGET: ${over.join(', ')}` : 'all within budget');
    if (problems.length) {
      console.error(`page problems:\n  ${[...new Set(problems)].join('\n  ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser?.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
