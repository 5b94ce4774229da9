// Build-time TeX -> SVG with MathJax 3 (mathjax-full: TeX input, SVG output, liteAdaptor; no DOM, no network,
// no font downloads: the TeX font's glyph outlines ship inside the package). Nothing here reaches a runtime bundle.
//
// Each SVG is self-contained: display math, `fontCache: 'local'` (glyphs in the SVG's own <defs>, referenced by
// `xlink:href="#..."`), ids prefixed by a hash of the TeX so that several SVGs inlined in one page never clash and
// the same formula always renders to the same bytes. Fills and strokes are `currentColor`, as MathJax emits them:
// in an <img> (a hover's data: URI) currentColor is black, so a consumer recolours by replacing every
// `currentColor` with a theme colour before encoding.
//
// Size: MathJax measures in ex. An <img> needs pixels, so width/height are written in px at EX_PX pixels per ex
// (the viewBox keeps the drawing scalable), plus a PAD_EX margin all round. EX_PX = 8 sizes the formula for VS
// Code's 13px hover text: the TeX font's x-height is 0.442 em, so 8px/ex is an 18px math em, display math a little
// larger than the 13px prose around it (MathJax in a page would match the text's ex, about 6.8px for 13px sans;
// 8 keeps subscripts and primes, drawn at 0.7 scale, legible at 1x).
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Pixels per ex in the emitted width/height (see the header). */
export const EX_PX = 8;

/** TeX packages: base (\frac, \text, \mathrm, \left..\right), ams (\operatorname, cases, \tfrac), boldsymbol. */
const PACKAGES = ['base', 'ams', 'boldsymbol'];

let engine;

/** MathJax document, created on first use (about 150 ms) and reused for every formula. */
function getEngine() {
  if (engine) return engine;
  const { mathjax } = require('mathjax-full/js/mathjax.js');
  const { TeX } = require('mathjax-full/js/input/tex.js');
  const { SVG } = require('mathjax-full/js/output/svg.js');
  const { liteAdaptor } = require('mathjax-full/js/adaptors/liteAdaptor.js');
  const { RegisterHTMLHandler } = require('mathjax-full/js/handlers/html.js');
  require('mathjax-full/js/input/tex/base/BaseConfiguration.js');
  require('mathjax-full/js/input/tex/ams/AmsConfiguration.js');
  require('mathjax-full/js/input/tex/boldsymbol/BoldsymbolConfiguration.js');
  const adaptor = liteAdaptor();
  RegisterHTMLHandler(adaptor);
  const tex = new TeX({
    packages: PACKAGES,
    // MathJax would render a TeX error as an <merror> box; throw instead so that the build fails.
    formatError: (_jax, err) => {
      throw err;
    },
  });
  const svg = new SVG({ fontCache: 'local', internalSpeechTitles: false });
  const doc = mathjax.document('', { InputJax: tex, OutputJax: svg });
  engine = { adaptor, doc };
  return engine;
}

/** Blank margin on every side, in ex: MathJax's box is tight, so glyph edges (a denominator, a parenthesis)
 * would touch the image border and lose their antialiasing. */
export const PAD_EX = 0.25;

const EX = /^(-?[\d.]+)ex$/;
const round = (v, digits) => Math.round(v * 10 ** digits) / 10 ** digits;

function exValue(value, what, tex) {
  const m = EX.exec(value ?? '');
  if (!m) throw new Error(`TeX render of "${tex}": unexpected SVG ${what} ${JSON.stringify(value)}`);
  return Number(m[1]);
}

/**
 * Renders display-math TeX to a standalone SVG string with width/height in px and its viewBox.
 * Throws an Error naming the formula on any TeX error (undefined macro, unbalanced braces, ...).
 * @param {string} tex
 * @returns {{ svg: string, width: number, height: number, depth: number }} px; depth: below the baseline.
 */
export function renderTex(tex) {
  const { adaptor, doc } = getEngine();
  let container;
  try {
    container = doc.convert(tex, { display: true });
  } catch (err) {
    throw new Error(`TeX error in "${tex}": ${err?.message ?? err}`, { cause: err });
  }
  const svgNode = adaptor.firstChild(container);
  if (!svgNode || adaptor.kind(svgNode) !== 'svg') {
    throw new Error(`TeX render of "${tex}": MathJax produced no <svg>`);
  }
  const wEx = exValue(adaptor.getAttribute(svgNode, 'width'), 'width', tex);
  const hEx = exValue(adaptor.getAttribute(svgNode, 'height'), 'height', tex);
  const vb = (adaptor.getAttribute(svgNode, 'viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (vb.length !== 4 || vb.some((v) => !Number.isFinite(v)) || !(wEx > 0) || !(hEx > 0)) {
    throw new Error(`TeX render of "${tex}": unexpected SVG size ${wEx}ex x ${hEx}ex, viewBox ${vb.join(' ')}`);
  }
  const va = /vertical-align:\s*(-?[\d.]+)ex/.exec(adaptor.getAttribute(svgNode, 'style') ?? '');
  const depthEx = va ? -Number(va[1]) : 0;
  // Pad the viewBox by PAD_EX (in its own units, about 442 per ex) and the size by the same in px.
  const pad = (PAD_EX * vb[2]) / wEx;
  const viewBox = [vb[0] - pad, vb[1] - pad, vb[2] + 2 * pad, vb[3] + 2 * pad].map((v) => round(v, 1));
  const width = round((wEx + 2 * PAD_EX) * EX_PX, 2);
  const height = round((hEx + 2 * PAD_EX) * EX_PX, 2);
  const depth = round((depthEx + PAD_EX) * EX_PX, 2);
  adaptor.setAttribute(svgNode, 'width', `${width}px`);
  adaptor.setAttribute(svgNode, 'height', `${height}px`);
  adaptor.setAttribute(svgNode, 'viewBox', viewBox.join(' '));
  adaptor.removeAttribute(svgNode, 'style');
  adaptor.removeAttribute(svgNode, 'focusable');
  let svg = adaptor.outerHTML(svgNode);

  // Belt and braces: formatError throws, but never let an error box through.
  if (/data-mml-node="merror"|data-mjx-error/.test(svg)) {
    const msg = /data-mjx-error="([^"]*)"/.exec(svg)?.[1] ?? 'merror';
    throw new Error(`TeX error in "${tex}": ${msg}`);
  }
  // Characters the TeX fonts lack fall back to <text> in a system font: it would look different everywhere.
  if (/<text[\s>]/.test(svg)) {
    throw new Error(`TeX render of "${tex}" needs a character the TeX fonts lack (rendered as <text>); use a TeX macro for it`);
  }

  // Stable, collision-free glyph ids: MJX-<counter>- -> mjx-<hash of the TeX>-.
  const prefix = `mjx-${createHash('sha256').update(tex).digest('hex').slice(0, 10)}-`;
  svg = svg.replace(/(id="|href="#)MJX-\d+-/g, `$1${prefix}`);
  // MathJax's bookkeeping attributes: a third of the bytes and no use to an image.
  svg = svg.replace(/ data-(?:mml-node|c|variant)="[^"]*"/g, '');
  return { svg, width, height, depth };
}

/**
 * TeX (display math) -> standalone SVG string: `currentColor` fills, width/height in px (EX_PX per ex), viewBox.
 * @param {string} tex
 * @returns {string}
 */
export function renderTexToSvg(tex) {
  return renderTex(tex).svg;
}
