// The hover's Markdown: formulas as data: images with alt text, the mini plot, parameters next to the
// framework's defaults, disagreement notes; colours baked per theme kind.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getActivation } from '../../src/core';
import { buildHoverMarkdown, texToText, type HoverInput } from '../../src/hover/hoverContent';
import { miniPlot, plotWindow } from '../../src/hover/miniPlot';
import { paletteFor, svgDataUri } from '../../src/hover/theme';

const formula = (label: string) => ({ svg: `<svg xmlns="http://www.w3.org/2000/svg" width="40px" height="10px"><path fill="currentColor" d="M0 0"/><title>${label}</title></svg>`, width: 40, height: 10 });

function input(over: Partial<HoverInput> = {}): HoverInput {
  const act = getActivation('leaky_relu')!;
  return {
    act,
    params: { negative_slope: 0.2 },
    frameworkDefaults: { negative_slope: 0.01 },
    nonliteral: [],
    frameworkLabel: 'PyTorch',
    alias: 'nn.LeakyReLU',
    notes: ['LeakyReLU slope: 0.01 in PyTorch, 0.2 in tf.nn, 0.3 in the Keras layer.'],
    formulas: { f: formula('f'), df: formula('df') },
    palette: paletteFor(2),
    showPlot: true,
    ...over,
  };
}

/** The decoded SVG documents of every data: image in a Markdown string, with their alt texts. */
function images(md: string): { alt: string; svg: string }[] {
  return [...md.matchAll(/!\[((?:\\.|[^\]])*)\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/g)].map((m) => ({
    alt: m[1],
    svg: Buffer.from(m[2], 'base64').toString('utf8'),
  }));
}

describe('hover markdown', () => {
  test('title, formula images in the theme colour, plot, parameters and notes', () => {
    const md = buildHoverMarkdown(input());
    assert.match(md, /^\*\*Leaky ReLU\*\* · PyTorch · `nn.LeakyReLU`/);
    const imgs = images(md);
    assert.equal(imgs.length, 3, 'f, f\' and the plot');
    assert.ok(imgs[0].svg.includes(paletteFor(2).text) && !imgs[0].svg.includes('currentColor'));
    assert.equal(imgs[0].alt.replace(/\\(.)/g, '$1'), getActivation('leaky_relu')!.tex.f.replace(/\s+/g, ' '));
    assert.match(imgs[2].alt, /Plot of Leaky ReLU/);
    assert.match(md, /\| `negative_slope` \| 0\.2 \| 0\.01 \|/);
    assert.match(md, /⚠ LeakyReLU slope: 0\.01 in PyTorch/);
    assert.match(md.replace(/\\(.)/g, '$1'), /range \(−∞, ∞\) · monotonic · continuous with kinks · zero-centred · does not saturate/);
  });

  test('expressions are marked and plotted at the default; the plot can be turned off', () => {
    const md = buildHoverMarkdown(input({ nonliteral: ['negative_slope'], params: { negative_slope: 0.01 }, showPlot: false }));
    assert.match(md, /\*expression\* \(plotted at 0\.01\)/);
    assert.equal(images(md).length, 2);
  });

  test('each theme kind bakes its own colours, high contrast with thicker lines', () => {
    const kinds = [1, 2, 3, 4].map((k) => images(buildHoverMarkdown(input({ palette: paletteFor(k) })))[2].svg);
    assert.equal(new Set(kinds).size, 4);
    assert.ok(kinds[2].includes('stroke-width="2.5"') && kinds[3].includes('#000000'));
  });

  test('without formulas the TeX is shown as text; the plot link appears when given', () => {
    const md = buildHoverMarkdown(input({ formulas: undefined, plotCommand: 'command:activationLens.plotAtCursor?%5B%5D' }));
    assert.ok(md.includes(getActivation('leaky_relu')!.tex.f));
    assert.match(md, /\[Open in plot\]\(command:activationLens\.plotAtCursor\?%5B%5D /);
  });

  test('markdown in names and notes is escaped', () => {
    const md = buildHoverMarkdown(input({ notes: ['a [link](http://x) *b*'] }));
    assert.ok(md.includes('a \\[link\\]\\(http://x\\) \\*b\\*'));
  });

  test('out-of-domain literals get a clear message and no plot', () => {
    const md = buildHoverMarkdown(input({ act: getActivation('celu')!, params: { alpha: 0 }, frameworkDefaults: { alpha: 1 }, plotCommand: 'command:x' }));
    assert.match(md.replace(/\\(.)/g, '$1'), /\$\(error\) These parameters are outside the domain: celu: alpha must not be 0/);
    assert.equal(images(md).length, 2, 'formulas but no plot');
    assert.ok(!md.includes('command:x'), 'no plot link for parameters the plot would refuse');
  });

  test('range TeX reads as text', () => {
    assert.equal(texToText('[-\\tfrac{3}{8}, \\infty)'), '[−3/8, ∞)');
    assert.equal(texToText('\\{0\\} \\cup (0.5, \\infty)'), '{0} ∪ (0.5, ∞)');
  });
});

describe('mini plot', () => {
  test('draws f and f\' as paths, broken at the kink of f\'', () => {
    const p = miniPlot(getActivation('relu')!, {}, paletteFor(1), 'ReLU');
    const paths = [...p.svg.matchAll(/<path d="([^"]*)"/g)].map((m) => m[1]);
    assert.equal(paths.length, 2);
    assert.equal(paths[0].split('M').length - 1, 2, "f' is drawn in two pieces either side of 0");
    assert.equal(paths[1].split('M').length - 1, 1, 'f is one piece');
    assert.ok(svgDataUri(p.svg).startsWith('data:image/svg+xml;base64,'));
  });

  test('the window widens to show kinks far from 0', () => {
    assert.deepEqual(plotWindow(getActivation('threshold')!, { threshold: 10, value: 0 }), [-4, 11.5]);
    assert.deepEqual(plotWindow(getActivation('relu')!, {}), [-4, 4]);
  });
});
