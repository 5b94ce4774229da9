// The plot panel as a user drives it: pick ELU from the quick pick, the chart draws, a slider changes the
// curve, the readout follows the mouse, wheel and drag move the view, both exports write files through the
// save dialog, and a window reload brings the same plot back.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForWorkbench } from '../../scripts/test-bench/workbench.mjs';

export const name = 'plot panel: pick, draw, slider, readout, zoom/pan, export PNG and CSV, reload';
export const timeout = 240_000;

/** A fingerprint of the chart's pixels and how many differ from the background. */
async function canvasInfo(frame) {
  return frame.evaluate(() => {
    const c = document.getElementById('chart');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let hash = 0;
    let drawn = 0;
    for (let i = 0; i < d.length; i += 4) {
      hash = (hash * 31 + d[i] * 7 + d[i + 1] * 3 + d[i + 2]) | 0;
      if (Math.abs(d[i] - d[0]) + Math.abs(d[i + 1] - d[1]) + Math.abs(d[i + 2] - d[2]) > 100) drawn++;
    }
    return { hash, drawn, width: c.width, height: c.height };
  });
}

const plotFrame = (waitForWebview) => waitForWebview(async (f) => (await f.$('#chart')) !== null, { timeout: 30_000 });

/**
 * Answers the save dialog (in code-server a quick input holding a path, with path completion) with `path`:
 * typed key by key as a user would, then Enter once the box shows exactly that path.
 */
async function saveAs(page, waitUntil, sleep, path) {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await waitUntil('the save dialog to propose a path', async () => (await input.inputValue()).length > 0, { timeout: 10_000 });
  await sleep(300);
  await input.press('Control+A');
  await input.press('Backspace');
  await input.pressSequentially(path, { delay: 15 });
  await waitUntil(`the save dialog to show ${path}`, async () => (await input.inputValue()) === path, { timeout: 5_000 });
  await sleep(300); // it checks the folder asynchronously before it accepts
  await input.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 10_000 });
}

export async function run(helpers) {
  try {
    await check(helpers);
  } finally {
    assertWorkspaceClean(WORKSPACE);
  }
}

const WORKSPACE = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'workspace');

async function check({ page, runCommand, waitForWebview, waitUntil, screenshot, sleep, outputDir }) {
  // 1. The command and its quick pick: grouped by family, searchable. (From a clean editor area.)
  await runCommand('View: Close All Editors');
  // Contributed commands reach the palette once the extension host has scanned the extension: retry.
  await waitUntil('the plot command in the palette', async () => {
    await runCommand('Activation Lens: Plot Activation Function...', { timeout: 3_000 });
    return true;
  }, { timeout: 45_000 });
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  // Family separators label the first row of each group.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Sigmoid-like' }).first().waitFor({ timeout: 10_000 });
  assert.ok(await page.locator('.quick-input-list .monaco-list-row', { hasText: 'ReLU-like' }).count(), 'ReLU-like separator');
  await screenshot('plot-1-quick-pick');
  await input.fill('exponential linear unit');
  const row = page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: /^ELU$/ }) }).first();
  await row.waitFor({ timeout: 10_000 });
  await row.click();

  // 2. The chart draws.
  let frame = await plotFrame(waitForWebview);
  await waitUntil('the chart to draw', async () => (await canvasInfo(frame)).drawn > 1500, { timeout: 20_000 });
  await waitUntil('the formula to arrive from the host', () => frame.$('.curve svg.tex'), { timeout: 10_000 });
  assert.equal(await frame.locator('.curve h2').first().textContent(), 'ELU');
  assert.equal(await frame.locator('#c0-alpha-value').inputValue(), '1');
  await frame.locator('.frameworks summary').first().click();
  await waitUntil('the framework table', () => frame.locator('.framework-table').first().isVisible());
  const pytorch = await frame.locator('.framework-table tr', { hasText: 'PyTorch' }).first().textContent();
  assert.match(pytorch, /nn\.ELU/);
  assert.match(pytorch, /alpha=1/);
  const before = await canvasInfo(frame);
  await screenshot('plot-2-elu');

  // 3. A slider changes the curve (keyboard: the slider is a native range input).
  await frame.locator('#c0-alpha-slider').focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await waitUntil('alpha 1.5 in the field', async () => (await frame.locator('#c0-alpha-value').inputValue()) === '1.5');
  await waitUntil('the curve to change', async () => (await canvasInfo(frame)).hash !== before.hash);
  assert.match(await frame.locator('.properties').first().textContent(), /\(−1\.5, ∞\)/, 'the range property follows alpha');

  // 4. The readout follows the mouse.
  /** The chart's box on the page, scrolled into view first (the panel may be narrow and scrolled). */
  const chartBox = async () => {
    await frame.locator('#chart').scrollIntoViewIfNeeded();
    return frame.locator('#chart').boundingBox();
  };
  let box = await chartBox();
  const readAt = async (fx) => {
    await page.mouse.move(box.x + box.width * fx, box.y + box.height * 0.6);
    await waitUntil('the readout', async () => (await frame.locator('#readout-x').textContent()).startsWith('x = '));
    await sleep(100);
    const x = (await frame.locator('#readout-x').textContent()).replace('x = ', '').replace('−', '-');
    const cells = await frame.locator('#readout tbody tr').first().locator('td').allTextContents();
    return { x: Number(x), f: Number(cells[0].replace('−', '-')), df: Number(cells[1].replace('−', '-')) };
  };
  const left = await readAt(0.25);
  const right = await readAt(0.8);
  assert.ok(left.x < 0 && right.x > 0, `readout x ${left.x} then ${right.x}`);
  assert.ok(Math.abs(left.f - 1.5 * Math.expm1(left.x)) < 1e-4 * Math.max(1, Math.abs(left.f)), `ELU(${left.x}) = ${left.f}`);
  assert.ok(Math.abs(right.f - right.x) < 1e-4 * Math.max(1, right.x), `ELU(${right.x}) = ${right.f}`);
  assert.equal(right.df, 1);
  assert.equal(await frame.locator('#crosshair').isVisible(), true);
  await screenshot('plot-3-slider-readout');

  // 4b. Overlay a second activation and remove it again; copy the TeX.
  await frame.locator('#add-select').selectOption('gelu');
  await frame.locator('#add-button').click();
  await waitUntil('the GELU card', async () => (await frame.locator('.curve').count()) === 2);
  assert.equal(await frame.locator('#readout tbody tr').count(), 2);
  assert.match(await frame.locator('.curve').nth(1).locator('h2').textContent(), /GELU/);
  await waitUntil('the GELU formula', async () => (await frame.locator('.curve').nth(1).locator('svg.tex').count()) === 2);
  await screenshot('plot-3b-overlay');
  await frame.locator('.curve').nth(1).locator('button.remove').click();
  await waitUntil('one card again', async () => (await frame.locator('.curve').count()) === 1);
  await frame.locator('.curve .copy-tex').first().click();
  await waitUntil('the copy status', async () => /Copied the TeX of ELU/.test(await frame.locator('#status').textContent()));

  // 4c. A bad range shows an inline error and the last good plot stays.
  const good = await canvasInfo(frame);
  const xMinText = await frame.locator('#x-min').inputValue();
  await frame.locator('#x-min').fill('10');
  await frame.locator('#x-min').press('Tab');
  await waitUntil('the inline error', () => frame.locator('#error').isVisible());
  assert.match(await frame.locator('#error').textContent(), /min must be less than its max/);
  assert.equal(await frame.locator('#x-min').getAttribute('aria-invalid'), 'true');
  assert.equal((await canvasInfo(frame)).hash, good.hash, 'the plot did not change');
  await screenshot('plot-3c-error');
  await frame.locator('#x-min').fill(xMinText);
  await frame.locator('#x-min').press('Tab');
  await waitUntil('the error to clear', async () => !(await frame.locator('#error').isVisible()));

  // 5. Wheel zooms about the cursor, drag pans.
  const xMin0 = Number(await frame.locator('#x-min').inputValue());
  box = await chartBox();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await page.mouse.wheel(0, -300);
  await waitUntil('the zoom', async () => Number(await frame.locator('#x-min').inputValue()) > xMin0);
  const xMin1 = Number(await frame.locator('#x-min').inputValue());
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.up();
  await waitUntil('the pan', async () => Number(await frame.locator('#x-min').inputValue()) > xMin1);
  const view = { xMin: await frame.locator('#x-min').inputValue(), xMax: await frame.locator('#x-max').inputValue() };
  await screenshot('plot-4-zoom-pan');

  // 6. Exports through the save dialog.
  const csvPath = join(outputDir, 'plot-export.csv');
  const pngPath = join(outputDir, 'plot-export.png');
  rmSync(csvPath, { force: true });
  rmSync(pngPath, { force: true });
  await frame.locator('#export-csv').click();
  await saveAs(page, waitUntil, sleep, csvPath);
  await waitUntil('the CSV file', () => existsSync(csvPath) && readFileSync(csvPath, 'utf8').length > 1000, { timeout: 15_000 });
  const csv = readFileSync(csvPath, 'utf8').split('\r\n');
  assert.equal(csv[0], "x,elu(alpha=1.5) f,elu(alpha=1.5) f'");
  assert.equal(csv.length, 2003);
  const x0 = Number(csv[1].split(',')[0]);
  assert.ok(Math.abs(x0 - Number(view.xMin)) <= 1e-7 * Math.max(1, Math.abs(x0)), `CSV starts at ${x0}, the view at ${view.xMin}`);
  await frame.locator('#export-png').click();
  await saveAs(page, waitUntil, sleep, pngPath);
  await waitUntil('the PNG file', () => existsSync(pngPath) && readFileSync(pngPath).length > 2000, { timeout: 15_000 });
  assert.deepEqual([...readFileSync(pngPath).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  await waitUntil('the saved status', async () => /plot-export\.png/.test(await frame.locator('#status').textContent()));

  // 7. The chart follows the colour theme (high contrast: black background, thicker lines), and back.
  const bgPixel = () =>
    frame.evaluate(() => [...document.getElementById('chart').getContext('2d').getImageData(1, 1, 1, 1).data.slice(0, 3)]);
  const originalBg = await bgPixel();
  const originalTheme = await pickTheme(page, waitUntil, 'Dark High Contrast');
  await waitUntil('the high-contrast chart', async () => (await bgPixel()).join() === '0,0,0', { timeout: 10_000 });
  assert.match(await frame.evaluate(() => document.body.className), /vscode-high-contrast/);
  await screenshot('plot-5-high-contrast');
  await pickTheme(page, waitUntil, originalTheme);
  await waitUntil('the original chart background', async () => (await bgPixel()).join() === originalBg.join(), { timeout: 10_000 });

  // 8. Hidden behind another editor and shown again (no retainContextWhenHidden): the state comes back.
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'model.py' }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: 'model.py' }).waitFor({ timeout: 10_000 });
  await page.locator('.tabs-container .tab', { hasText: 'Plot: ELU' }).click();
  frame = await plotFrame(waitForWebview);
  await waitUntil('the re-shown plot', async () => (await frame.locator('#c0-alpha-value').inputValue()) === '1.5');
  assert.equal(await frame.locator('#x-min').inputValue(), view.xMin);

  // 9. A reload restores the same plot (functions, parameters, ranges).
  // "Reload Window" as a user would: the workbench shuts down cleanly and saves the webview's state first
  // (a raw page reload can drop the last seconds of IndexedDB writes and restore an older state).
  await sleep(500); // the webview posts its state ~150 ms after the last change
  const reloaded = page.waitForNavigation({ timeout: 30_000 });
  await runCommand('Developer: Reload Window');
  await reloaded;
  await waitForWorkbench(page);
  // The tab comes back at once; its webview is built when the tab is shown (model.py was active).
  await page.locator('.tabs-container .tab', { hasText: 'Plot: ELU' }).click();
  frame = await plotFrame(waitForWebview);
  await waitUntil('the restored chart', async () => (await canvasInfo(frame)).drawn > 1500, { timeout: 20_000 });
  assert.equal(await frame.locator('.curve h2').first().textContent(), 'ELU');
  assert.equal(await frame.locator('#c0-alpha-value').inputValue(), '1.5');
  assert.equal(await frame.locator('#x-min').inputValue(), view.xMin);
  assert.equal(await frame.locator('#x-max').inputValue(), view.xMax);
  await screenshot('plot-6-restored');
}

/** Picks a colour theme by label in "Preferences: Color Theme"; returns the label of the theme it replaced. */
async function pickTheme(page, waitUntil, label) {
  // Its keybinding (Ctrl+K Ctrl+T): in the palette "Color Theme" also matches the marketplace browser.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  const input = page.locator('.quick-input-widget input');
  await waitUntil('the theme picker', async () => /Color Theme/i.test((await input.getAttribute('placeholder')) ?? ''));
  const focused = page.locator('.quick-input-list .monaco-list-row.focused .label-name');
  const current = await waitUntil('the current theme', async () => (await focused.count()) && (await focused.first().textContent()));
  await input.fill(label);
  const row = page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }) }).first();
  await row.waitFor({ timeout: 5_000 });
  await row.click();
  await input.waitFor({ state: 'hidden', timeout: 5_000 });
  return current;
}

/** Nothing may land in the fixture workspace (a misread dialog path would put files there). */
export function assertWorkspaceClean(workspace) {
  const stray = readdirSync(workspace).filter((n) => /plot-export|^work$|^elu\./.test(n));
  for (const n of stray) rmSync(join(workspace, n), { recursive: true, force: true });
  assert.deepEqual(stray, [], 'files exported into the fixture workspace');
}
