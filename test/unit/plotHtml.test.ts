// The plot webview's HTML (src/plot/html.ts): strict CSP, nonce'd script only, escaped strings and state,
// a label for every control, nothing the CSP would refuse (inline styles, handlers).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPlotHtml, contentSecurityPolicy, escapeHtml, makeNonce } from '../../src/plot/html';
import { defaultState } from '../../src/plot/defaults';
import type { PlotInit, PlotStrings } from '../../src/plot/protocol';

/** Every string is its key in «», so a test can find where each one lands. */
const STRINGS: PlotStrings = {
  title: '«title»',
  show: '«show»',
  f: '«f»',
  df: '«df»',
  d2f: '«d2f»',
  xRange: '«xRange»',
  yRange: '«yRange»',
  min: '«min»',
  max: '«max»',
  auto: '«auto»',
  resetView: '«resetView»',
  exportPng: '«exportPng»',
  exportCsv: '«exportCsv»',
  chartLabel: '«chartLabel»',
  chartHelp: '«chartHelp»',
  readout: '«readout»',
  readoutHint: '«readoutHint»',
  activation: '«activation»',
  addActivation: '«addActivation»',
  add: '«add»',
  remove: '«remove»',
  parameters: '«parameters»',
  resetParameters: '«resetParameters»',
  noParameters: '«noParameters»',
  formula: '«formula»',
  copyTexF: '«copyTexF»',
  copyTexDf: '«copyTexDf»',
  properties: '«properties»',
  range: '«range»',
  monotonic: '«monotonic»',
  smoothness: '«smoothness»',
  zeroCentred: '«zeroCentred»',
  saturation: '«saturation»',
  yes: '«yes»',
  no: '«no»',
  saturatesLeft: '«saturatesLeft»',
  saturatesRight: '«saturatesRight»',
  saturatesBoth: '«saturatesBoth»',
  saturatesNone: '«saturatesNone»',
  frameworks: '«frameworks»',
  framework: '«framework»',
  names: '«names»',
  defaults: '«defaults»',
  none: '«none»',
  noCurves: '«noCurves»',
  tooManyCurves: '«tooManyCurves»',
  notANumber: '«notANumber»',
  badRange: '«badRange»',
  loading: '«loading»',
  families: { 'relu-like': '«relu-like»', 'exponential-linear': '«exponential-linear»', 'sigmoid-like': '«sigmoid-like»', gated: '«gated»', 'softplus-like': '«softplus-like»', 'hard (piecewise linear)': '«hard»', shrinkage: '«shrinkage»', other: '«other»' },
};

const plainStrings = (): PlotStrings => ({ ...STRINGS });

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const NONCE = 'abcDEF123nonce456';

function html(init: PlotInit = { strings: plainStrings(), state: defaultState([{ id: 'gelu', params: {} }]) }): string {
  return buildPlotHtml({
    cspSource: CSP_SOURCE,
    nonce: NONCE,
    scriptUri: `${CSP_SOURCE}/ext/dist/webview.js`,
    styleUri: `${CSP_SOURCE}/ext/dist/webview.css`,
    init,
    lang: 'en',
  });
}

function attr(doc: string, re: RegExp): string {
  const m = re.exec(doc);
  assert.ok(m, `no match for ${re}`);
  return m[1];
}

function unescape(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('content security policy', () => {
  test('default-src none, nonce for scripts, styles/images/fonts from the webview source only', () => {
    const csp = unescape(attr(html(), /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/));
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(directives['default-src'], ["'none'"]);
    assert.deepEqual(directives['script-src'], [`'nonce-${NONCE}'`]);
    assert.deepEqual(directives['style-src'], [CSP_SOURCE]);
    assert.deepEqual(directives['img-src'], [CSP_SOURCE, 'data:']);
    assert.deepEqual(directives['font-src'], [CSP_SOURCE]);
    assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline|\*/);
    assert.equal(contentSecurityPolicy(CSP_SOURCE, NONCE), csp);
  });

  test('one script, with the nonce and the given URI; the stylesheet by URI', () => {
    const doc = html();
    const scripts = [...doc.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
    assert.equal(scripts.length, 1);
    assert.match(scripts[0], new RegExp(`nonce="${NONCE}"`));
    assert.match(scripts[0], /src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/dist\/webview\.js"/);
    assert.match(doc, /<link rel="stylesheet" href="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/dist\/webview\.css">/);
  });

  test('nothing the CSP refuses and nothing from the network', () => {
    const doc = html();
    assert.doesNotMatch(doc, /\sstyle=/i, 'no inline style attributes');
    assert.doesNotMatch(doc, /<style/i, 'no <style> blocks');
    assert.doesNotMatch(doc, /\son[a-z]+=/i, 'no inline event handlers');
    const urls = [...doc.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0]);
    for (const u of urls) assert.ok(u.startsWith(CSP_SOURCE), `unexpected URL ${u}`);
  });

  test('nonces are long, random and alphanumeric', () => {
    const a = makeNonce();
    const b = makeNonce();
    assert.match(a, /^[A-Za-z0-9]{32}$/);
    assert.notEqual(a, b);
  });
});

describe('content', () => {
  test('the init data round-trips through the data attribute', () => {
    const init: PlotInit = { strings: plainStrings(), state: defaultState([{ id: 'softplus', params: { threshold: 'Infinity' } }]) };
    const raw = unescape(attr(html(init), /<body data-init="([^"]*)">/));
    assert.deepEqual(JSON.parse(raw), JSON.parse(JSON.stringify(init)));
  });

  test('strings are escaped everywhere (a translation cannot inject markup)', () => {
    const evil = '"><img src=x onerror=alert(1)><script>alert(2)</script>\'';
    const s = { ...plainStrings(), title: evil, resetView: evil, chartLabel: evil, min: evil };
    const doc = html({ strings: s, state: defaultState([]) });
    assert.doesNotMatch(doc, /<img/);
    assert.equal([...doc.matchAll(/<script/g)].length, 1);
    // With attribute values blanked (escaping guarantees no raw quote inside one), no tag has a handler.
    assert.doesNotMatch(doc.replace(/"[^"]*"/g, '""'), /<[a-z][^>]*\sonerror=/i, 'the payload never becomes an attribute');
    assert.match(doc, /&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  test('every form control has a label', () => {
    const doc = html();
    const labelled = new Set([...doc.matchAll(/<label for="([^"]+)"/g)].map((m) => m[1]));
    for (const m of doc.matchAll(/<(input|select)\b([^>]*)>/g)) {
      const attrs = m[2];
      const id = /\sid="([^"]+)"/.exec(attrs)?.[1];
      const wrapped = m[1] === 'input' && /type="checkbox"/.test(attrs); // inside its <label>
      assert.ok(wrapped || (id && labelled.has(id)) || /aria-label=/.test(attrs), `control without a label: ${m[0]}`);
    }
    for (const m of doc.matchAll(/<button\b[^>]*>([^<]*)<\/button>/g)) assert.ok(m[1].trim(), `button without text: ${m[0]}`);
    assert.match(doc, /<canvas id="chart" tabindex="0" role="application" aria-label="«chartLabel»" aria-describedby="chart-help">/);
  });

  test('the host strings land in the page', () => {
    const doc = html();
    for (const key of ['title', 'resetView', 'exportPng', 'exportCsv', 'xRange', 'yRange', 'chartHelp', 'addActivation']) {
      assert.ok(doc.includes(`«${key}»`), `${key} missing`);
    }
  });

  test('escapeHtml covers the five specials', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
