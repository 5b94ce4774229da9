// Builds the web extension host bundle in memory and prints, as JSON, every module it requires at run time
// and every Node built-in among its inputs. vscode.dev runs the host in a web worker: only `vscode` may remain.
import * as esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { texPlugin } from './texPlugin.mjs';

const result = await esbuild.build({
  entryPoints: ['src/extension.ts'],
  bundle: true,
  write: false,
  metafile: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  logLevel: 'silent',
  plugins: [texPlugin()],
});
const code = result.outputFiles[0].text;
const requires = [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))];
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const nodeInputs = Object.keys(result.metafile.inputs).filter((p) => builtins.has(p) || p.startsWith('node:'));
const globals = ['process.', 'Buffer.', '__dirname', '__filename'].filter((g) => code.includes(g));
console.log(JSON.stringify({ requires, nodeInputs, globals, bytes: code.length }));
