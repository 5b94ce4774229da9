// The plot webview's HTML: a pure function of the CSP source, a nonce, the bundle URIs and the (localised)
// strings and initial state. The script builds the dynamic parts; the static controls are here, labelled.
import type { PlotInit, PlotStrings } from './protocol';

export interface PlotHtmlInput {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** Fresh per render: only the script carrying it may run. */
  readonly nonce: string;
  /** `webview.asWebviewUri` of dist/webview.js and dist/webview.css. */
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly init: PlotInit;
  /** BCP 47 language of the strings (`vscode.env.language`). */
  readonly lang?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and double- or single-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * 32 random alphanumerics. From `crypto.getRandomValues` where the runtime has it (browsers, Node >= 19);
 * VS Code 1.85's extension host is Node 18, without a global `crypto`, so Math.random is the fallback there,
 * as in VS Code's own webview samples: the nonce only has to be unguessable by content of this page.
 */
export function makeNonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(32);
  const webCrypto = (globalThis as { crypto?: { getRandomValues?(a: Uint8Array): Uint8Array } }).crypto;
  if (webCrypto?.getRandomValues) webCrypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  let s = '';
  for (const b of bytes) s += chars[b % chars.length];
  return s;
}

/** `default-src 'none'`: nothing loads but the extension's own script (by nonce), styles, fonts and images. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

function rangeInputs(axis: 'x' | 'y', legend: string, s: PlotStrings, placeholder: string): string {
  const ph = placeholder ? ` placeholder="${escapeHtml(placeholder)}"` : '';
  return `<fieldset class="range">
      <legend>${escapeHtml(legend)}</legend>
      <label for="${axis}-min">${escapeHtml(s.min)}</label>
      <input id="${axis}-min" type="number" step="any" inputmode="decimal"${ph}>
      <label for="${axis}-max">${escapeHtml(s.max)}</label>
      <input id="${axis}-max" type="number" step="any" inputmode="decimal"${ph}>
    </fieldset>`;
}

export function buildPlotHtml(input: PlotHtmlInput): string {
  const { cspSource, nonce, scriptUri, styleUri, init } = input;
  const s = init.strings;
  const e = escapeHtml;
  const toggle = (d: 'f' | 'df' | 'd2f', label: string) =>
    `<label class="toggle"><input type="checkbox" id="show-${d}"><span class="dash dash-${d}" aria-hidden="true"></span>${e(label)}</label>`;
  return `<!DOCTYPE html>
<html lang="${e(input.lang ?? 'en')}">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${e(contentSecurityPolicy(cspSource, nonce))}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${e(styleUri)}">
  <title>${e(s.title)}</title>
</head>
<body data-init="${e(JSON.stringify(init))}">
<main id="app">
  <div class="toolbar">
    <fieldset class="toggles">
      <legend>${e(s.show)}</legend>
      ${toggle('f', s.f)}
      ${toggle('df', s.df)}
      ${toggle('d2f', s.d2f)}
    </fieldset>
    ${rangeInputs('x', s.xRange, s, '')}
    ${rangeInputs('y', s.yRange, s, s.auto)}
    <div class="actions">
      <button type="button" id="reset-view">${e(s.resetView)}</button>
      <button type="button" id="export-png">${e(s.exportPng)}</button>
      <button type="button" id="export-csv">${e(s.exportCsv)}</button>
    </div>
  </div>
  <div id="error" class="message error" role="alert" hidden></div>
  <div id="status" class="message status" role="status" aria-live="polite"></div>
  <div class="layout">
    <div class="plot-column">
      <div class="chart-wrap" id="chart-wrap">
        <canvas id="chart" tabindex="0" role="application" aria-label="${e(s.chartLabel)}" aria-describedby="chart-help"></canvas>
        <div id="crosshair" class="crosshair" hidden></div>
      </div>
      <p id="chart-help" class="help">${e(s.chartHelp)}</p>
      <section class="readout" aria-labelledby="readout-title">
        <h2 id="readout-title">${e(s.readout)} <output id="readout-x" class="readout-x"></output></h2>
        <table id="readout">
          <thead><tr><th scope="col">${e(s.activation)}</th><th scope="col">${e(s.f)}</th><th scope="col">${e(s.df)}</th><th scope="col">${e(s.d2f)}</th></tr></thead>
          <tbody></tbody>
        </table>
        <p id="readout-hint" class="help">${e(s.readoutHint)}</p>
      </section>
    </div>
    <section class="curves-column" aria-label="${e(s.parameters)}">
      <div class="add-row">
        <label for="add-select">${e(s.addActivation)}</label>
        <select id="add-select"></select>
        <button type="button" id="add-button">${e(s.add)}</button>
      </div>
      <p id="no-curves" class="help" hidden>${e(s.noCurves)}</p>
      <div id="curves"></div>
    </section>
  </div>
</main>
<script nonce="${e(nonce)}" src="${e(scriptUri)}"></script>
</body>
</html>
`;
}
