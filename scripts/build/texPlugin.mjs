// esbuild plugin: `import { texSvgs } from 'virtual:tex-svgs'` gets every activation's formula (tex.f) and
// derivative (tex.df) typeset to SVG at build time, so no TeX engine reaches a runtime bundle.
//
// The generated module exports data only (typed in src/types/virtual-tex-svgs.d.ts):
//   export const TEX_EX_PX = 8;
//   export const texSvgs = { relu: { f: '<svg ...>', fWidth, fHeight, df: '<svg ...>', dfWidth, dfHeight }, ... };
// stored compactly: each glyph outline once, put back into every SVG that uses it when the module loads.
// It is made by bundling the math core (src/core/index.ts) with esbuild in memory, evaluating it, and rendering
// `activations[i].tex`. Renders are cached per TeX string for the life of the process (watch rebuilds re-render
// only changed formulas) and the core's source files are watch inputs, so editing a formula rebuilds.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EX_PX, renderTex } from './texToSvg.mjs';

export const VIRTUAL_ID = 'virtual:tex-svgs';
const NAMESPACE = 'tex-svgs';
const DEFAULT_CORE = fileURLToPath(new URL('../../src/core/index.ts', import.meta.url));

/** TeX string -> { svg, width, height }; shared by every build in this process (host, webview, tests, watch). */
const renderCache = new Map();
/** Hash of the bundled core -> generated module source (the host and webview builds share one render). */
const moduleCache = new Map();

function cachedRender(tex) {
  let r = renderCache.get(tex);
  if (!r) {
    r = renderTex(tex);
    renderCache.set(tex, r);
  }
  return r;
}

/** Bundles the core to CommonJS in memory and evaluates it; returns its exports and the files it read. */
async function loadCore(coreEntry) {
  const result = await esbuild.build({
    entryPoints: [coreEntry],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const cwd = process.cwd();
  const watchFiles = Object.keys(result.metafile.inputs).map((p) => (isAbsolute(p) ? p : resolve(cwd, p)));
  return { code, watchFiles };
}

/** Every file under `dir` (absolute paths). */
function filesIn(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath ?? d.path, d.name));
}

function evaluateCore(code, coreEntry) {
  const module = { exports: {} };
  new Function('module', 'exports', 'require', code)(module, module.exports, createRequire(coreEntry));
  return module.exports;
}

/**
 * Rebuilds one SVG from its shell (the SVG with an empty <defs>), its id prefix and the indices of its glyphs in
 * the shared table. Its source is copied into the generated module, so build and runtime expand identically.
 */
function x(s, p, k) {
  let d = '';
  for (const i of k) d += '<path id="' + p + K[i] + '" d="' + D[i] + '"></path>';
  return s.replace('<defs></defs>', '<defs>' + d + '</defs>');
}

const DEFS = /<defs>(.*?)<\/defs>/;
const GLYPH = /<path id="(mjx-[0-9a-f]+-)([^"]+)" d="([^"]*)"><\/path>/g;

/**
 * Splits an SVG into shell, id prefix and glyph indices (adding new glyphs to K/D), or returns null when its
 * <defs> are not just glyph paths (then it is stored whole). Each SVG holds its own copy of the glyphs it uses,
 * which is about 70% of its bytes; the generated module stores each glyph once and expands at load.
 */
function split(svg, K, D, index) {
  const m = DEFS.exec(svg);
  if (!m) return null;
  const keys = [];
  let prefix;
  let rest = m[1];
  for (const g of m[1].matchAll(GLYPH)) {
    if (prefix !== undefined && g[1] !== prefix) return null;
    prefix = g[1];
    const key = g[2];
    let i = index.get(key);
    if (i === undefined) {
      i = K.length;
      K.push(key);
      D.push(g[3]);
      index.set(key, i);
    } else if (D[i] !== g[3]) {
      return null; // the same glyph id with another outline: never seen, but then keep this SVG whole
    }
    keys.push(i);
    rest = rest.replace(g[0], '');
  }
  if (rest !== '' || prefix === undefined) return null;
  return { shell: svg.replace(m[0], '<defs></defs>'), prefix, keys };
}

/** The generated module's source: every activation's f and df as SVG with pixel sizes. */
function generate(core) {
  const { activations } = core;
  if (!Array.isArray(activations)) throw new Error('the core exports no `activations` array');
  const started = performance.now();
  const sizeBefore = renderCache.size;
  const K = [];
  const D = [];
  const index = new Map();
  const entries = [];
  const seen = new Set();
  for (const a of activations) {
    if (seen.has(a?.id)) throw new Error(`activation id '${a?.id}' appears twice`);
    seen.add(a?.id);
    const fields = [];
    for (const which of ['f', 'df']) {
      const tex = a?.tex?.[which];
      if (typeof tex !== 'string' || tex.trim() === '') {
        throw new Error(`activation '${a?.id}' has no tex.${which}`);
      }
      let r;
      try {
        r = cachedRender(tex);
      } catch (err) {
        throw new Error(`activation '${a.id}' tex.${which}: ${err.message}`, { cause: err });
      }
      const parts = split(r.svg, K, D, index);
      let expr = JSON.stringify(r.svg);
      if (parts) {
        const rebuilt = new Function('K', 'D', `return (${x.toString()})`)(K, D)(parts.shell, parts.prefix, parts.keys);
        if (rebuilt !== r.svg) throw new Error(`activation '${a.id}' tex.${which}: glyph table does not round-trip`);
        expr = `x(${JSON.stringify(parts.shell)},${JSON.stringify(parts.prefix)},${JSON.stringify(parts.keys)})`;
      }
      fields.push(`${which}:${expr}`, `${which}Width:${r.width}`, `${which}Height:${r.height}`);
    }
    entries.push(`${JSON.stringify(a.id)}:{${fields.join(',')}}`);
  }
  const rendered = renderCache.size - sizeBefore;
  const ms = performance.now() - started;
  if (process.env.TEX_SVGS_VERBOSE) {
    console.log(`[tex-svgs] ${activations.length} activations, ${rendered} formulas rendered (rest cached) in ${ms.toFixed(0)} ms`);
  }
  return (
    '// Generated by scripts/build/texPlugin.mjs from src/core activations[].tex. Do not edit.\n' +
    '// K/D: glyph ids and outlines shared by all formulas; x() puts each SVG\'s glyphs back in its <defs>.\n' +
    `const K = ${JSON.stringify(K)};\n` +
    `const D = ${JSON.stringify(D)};\n` +
    `${x.toString()}\n` +
    `export const TEX_EX_PX = ${EX_PX};\n` +
    `export const texSvgs = {\n${entries.join(',\n')}\n};\n`
  );
}

/**
 * The plugin. `coreEntry` defaults to src/core/index.ts (must export `activations`).
 * @param {{ coreEntry?: string }} [options]
 * @returns {import('esbuild').Plugin}
 */
export function texPlugin(options = {}) {
  const coreEntry = options.coreEntry ?? DEFAULT_CORE;
  return {
    name: 'tex-svgs',
    setup(build) {
      build.onResolve({ filter: /^virtual:tex-svgs$/ }, () => ({ path: VIRTUAL_ID, namespace: NAMESPACE }));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, async () => {
        let code, watchFiles;
        try {
          ({ code, watchFiles } = await loadCore(coreEntry));
        } catch (err) {
          // The core does not compile (the host build reports its own errors): watch its folder, report briefly.
          return { errors: [{ text: `virtual:tex-svgs: could not bundle ${coreEntry}: ${err.message.split('\n')[0]}` }], watchFiles: filesIn(dirname(coreEntry)) };
        }
        const key = createHash('sha256').update(code).digest('hex');
        let contents = moduleCache.get(key);
        if (contents === undefined) {
          try {
            contents = generate(evaluateCore(code, coreEntry));
          } catch (err) {
            // Returned, not thrown, so that watch mode still watches the core and rebuilds once it is fixed.
            return { errors: [{ text: `virtual:tex-svgs: ${err.message}` }], watchFiles };
          }
          moduleCache.clear(); // keep only the current core's module
          moduleCache.set(key, contents);
        }
        return { contents, loader: 'js', watchFiles };
      });
    },
  };
}
