// The build-time typeset formulas (virtual:tex-svgs, made by scripts/build/texPlugin.mjs): every activation has
// a well-formed, self-contained SVG for f and f' that a hover can show as a recoloured data: URI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { texSvgs, TEX_EX_PX, type TexSvgEntry } from 'virtual:tex-svgs';
import { activations } from '../../src/core';

const parts = ['f', 'df'] as const;

function checkSvg(id: string, which: string, svg: string, width: number, height: number): void {
  const where = `${id}.${which}`;
  assert.ok(svg.startsWith('<svg'), `${where}: starts with <svg`);
  assert.ok(svg.endsWith('</svg>'), `${where}: ends with </svg>`);
  assert.match(svg, /^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, `${where}: SVG namespace on the root`);
  assert.match(svg, /^<svg[^>]* viewBox="-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+"/, `${where}: viewBox`);
  const w = /^<svg[^>]* width="([\d.]+)px"/.exec(svg);
  const h = /^<svg[^>]* height="([\d.]+)px"/.exec(svg);
  assert.ok(w && h, `${where}: width and height in px`);
  assert.equal(Number(w[1]), width, `${where}: width matches its number`);
  assert.equal(Number(h[1]), height, `${where}: height matches its number`);
  assert.ok(width > 10 && width < 1200, `${where}: width ${width}px is sensible`);
  assert.ok(height >= 10 && height < 200, `${where}: height ${height}px is sensible`);
  assert.doesNotMatch(svg, /merror|data-mjx-error/, `${where}: no TeX error box`);
  assert.doesNotMatch(svg, /<script|<foreignObject|\son[a-z]+=/i, `${where}: no script, foreignObject or handlers`);
  assert.doesNotMatch(svg, /<text[\s>]/, `${where}: every glyph is a path (no fallback-font <text>)`);
  assert.match(svg, /currentColor/, `${where}: drawn in currentColor`);
  assert.match(svg, /^[\x20-\x7e]*$/, `${where}: printable ASCII only (btoa-safe, one line)`);
  // Only internal references, each to an id defined in this SVG.
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  for (const m of svg.matchAll(/\s(?:xlink:)?href="([^"]*)"/g)) {
    assert.ok(m[1].startsWith('#'), `${where}: href ${m[1]} is internal`);
    assert.ok(ids.has(m[1].slice(1)), `${where}: href ${m[1]} resolves inside the SVG`);
  }
  assert.doesNotMatch(svg, /url\((?!#)/, `${where}: no external url()`);
  // Recolouring as a hover does it leaves no currentColor behind.
  const coloured = svg.replaceAll('currentColor', '#123456');
  assert.doesNotMatch(coloured, /currentColor/i, `${where}: recoloured fully`);
  assert.match(coloured, /#123456/, `${where}: recoloured`);
}

test('tex-svgs: pixel scale is exported', () => {
  assert.equal(TEX_EX_PX, 8);
});

test('tex-svgs: one entry per activation, nothing extra', () => {
  assert.ok(activations.length > 0, 'the core has activations');
  assert.deepEqual(Object.keys(texSvgs).sort(), activations.map((a) => a.id).sort());
});

for (const a of activations) {
  test(`tex-svgs: ${a.id} has well-formed SVGs for f and f'`, () => {
    const e: TexSvgEntry | undefined = texSvgs[a.id];
    assert.ok(e, `${a.id}: entry present`);
    for (const which of parts) {
      checkSvg(a.id, which, e[which], e[`${which}Width` as const], e[`${which}Height` as const]);
    }
  });
}

test('tex-svgs: glyph ids differ between different formulas (safe to inline several in one page)', () => {
  const owner = new Map<string, string>();
  for (const [id, e] of Object.entries(texSvgs)) {
    for (const which of parts) {
      const svg = e[which];
      const prefixes = new Set([...svg.matchAll(/\sid="(mjx-[0-9a-f]+-)/g)].map((m) => m[1]));
      assert.ok(prefixes.size <= 1, `${id}.${which}: one id prefix`);
      for (const p of prefixes) {
        const other = owner.get(p);
        // The same prefix is only allowed for byte-identical SVGs (the same TeX).
        if (other !== undefined) assert.equal(other, svg, `${id}.${which}: id prefix ${p} reused by a different SVG`);
        else owner.set(p, svg);
      }
    }
  }
});

test('tex-svgs: a data: URI of a recoloured SVG round-trips', () => {
  const e = texSvgs[activations[0].id];
  const svg = e.f.replaceAll('currentColor', '#cccccc');
  const uri = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
  assert.equal(Buffer.from(uri.slice(uri.indexOf(',') + 1), 'base64').toString('utf8'), svg);
  assert.equal(btoa(svg), uri.slice(uri.indexOf(',') + 1), 'btoa (webview) gives the same encoding');
});
