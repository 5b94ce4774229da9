// Builds the extension host bundle (node, CommonJS, `vscode` external) and the webview bundle (browser, IIFE).
// `--production` minifies; otherwise sourcemaps. `--tests` / `--bench` bundle test and benchmark entry points;
// `--integration` bundles the mocha suite that runs inside a real VS Code extension host.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { texPlugin } from './scripts/build/texPlugin.mjs';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');

/** Every file under `dir` whose name ends with one of `suffixes`. */
function filesUnder(dir, suffixes) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, suffixes));
    else if (suffixes.some((s) => name.endsWith(s))) out.push(p);
  }
  return out;
}

/** Prints errors in the `file:line:col: error: text` form that VS Code's $esbuild problem matcher reads. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  plugins: [problemMatcher],
};

const configs = [];
if (args.has('--tests')) {
  configs.push({
    ...common,
    entryPoints: filesUnder('test/unit', ['.test.ts']),
    outdir: 'out/test/unit',
    outbase: 'test/unit',
    plugins: [problemMatcher, texPlugin()], // virtual:tex-svgs (typeset formulas)
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
  });
} else if (args.has('--integration')) {
  rmSync('out/test/integration', { recursive: true, force: true }); // the suite loads every *.test.js there
  configs.push({
    ...common,
    entryPoints: ['test/integration/index.ts', ...filesUnder('test/integration', ['.test.ts'])],
    outdir: 'out/test/integration',
    outbase: 'test/integration',
    plugins: [problemMatcher, texPlugin()],
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Resolved at run time: `vscode` by the extension host, `mocha` from node_modules (one shared instance).
    external: ['vscode', 'mocha'],
    sourcemap: true,
  });
} else if (args.has('--bench')) {
  configs.push({
    ...common,
    entryPoints: filesUnder('bench', ['.bench.ts']),
    outdir: 'out/bench',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    sourcemap: false,
  });
} else {
  configs.push(
    {
      ...common,
      entryPoints: ['src/extension.ts'],
      outfile: 'dist/extension.js',
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      external: ['vscode'],
      plugins: [problemMatcher, texPlugin()],
    },
    {
      // The same host for vscode.dev / github.dev (web worker extension host): no Node built-ins may be
      // imported, and platform 'browser' makes any such import a build error.
      ...common,
      entryPoints: ['src/extension.ts'],
      outfile: 'dist/web/extension.js',
      platform: 'browser',
      format: 'cjs',
      target: 'es2022',
      external: ['vscode'],
      plugins: [problemMatcher, texPlugin()],
    },
    {
      ...common,
      entryPoints: ['webview/main.ts'],
      outfile: 'dist/webview.js',
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      plugins: [problemMatcher, texPlugin()],
    },
  );
}

if (watch) {
  const contexts = await Promise.all(configs.map((c) => esbuild.context(c)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[watch] build started');
} else {
  await Promise.all(configs.map((c) => esbuild.build(c)));
}
