// `npm start`: builds the extension and opens a real VS Code with it loaded and the examples/ workspace.
// A desktop VS Code on PATH (`code`) is used when there is one; otherwise the test bench's code-server
// (installed on first use) is started on 127.0.0.1 and its URL printed. Ctrl+C stops it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startCodeServer } from './test-bench/codeServer.mjs';
import { ROOT } from './test-bench/paths.mjs';

const examples = join(ROOT, 'examples');
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT }).status === 0;

if (!run(process.execPath, ['esbuild.mjs'])) process.exit(1);

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode && !process.env.ACTIVATION_LENS_CODE_SERVER) {
  console.log('Opening VS Code with the extension loaded from this folder...');
  process.exit(run('code', ['--extensionDevelopmentPath', ROOT, examples]) ? 0 : 1);
}

// Installs the local code-server on first use (2-3 minutes), a no-op afterwards.
console.log('No desktop VS Code on PATH: using the local code-server.');
if (!run(process.execPath, [join('scripts', 'test-bench', 'install.mjs')])) process.exit(1);
const server = await startCodeServer({ label: 'start', settings: { 'workbench.colorTheme': 'Default Dark Modern' } });
const url = server.workbenchUrl(examples, [['extensionDevelopmentPath', server.remoteUri(ROOT)]]);
console.log(`\nActivation Lens is running in VS Code (code-server) at:\n\n  ${url}\n\nOpen it in a browser on this machine; hover over an activation in the example files.`);
console.log('Press Ctrl+C to stop.');
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
await new Promise(() => {});
