// The getting-started walkthrough in the real workbench: it is listed, its steps show, the first step's image
// draws, and its "Open an Example" button opens the example with the cursor on nn.GELU, where the hover works.
import assert from 'node:assert/strict';

export const name = 'walkthrough: steps and image show, "Open an Example" opens a document with a working hover';

const TITLE = 'Get Started with Activation Lens';
const STEPS = ['Hover over an activation function', 'Plot and compare activations', 'Plot the activation at the cursor', 'Tune the hover'];

export async function run({ page, runCommand, waitUntil, webviewFrames, hoverText, editorText, screenshot }) {
  await runCommand('Welcome: Open Walkthrough...');
  const input = page.locator('.quick-input-widget input');
  await input.fill('Activation Lens');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: TITLE }).first().click();

  const container = page.locator('.gettingStartedContainer');
  await container.getByText(TITLE, { exact: true }).first().waitFor({ timeout: 15_000 });
  for (const step of STEPS) await container.getByText(step, { exact: true }).first().waitFor({ timeout: 5_000 });
  // Walkthrough text knows ``code`` and **bold**, not Markdown's `code`: no backtick may show.
  assert.doesNotMatch(await container.innerText(), /`/);

  // The selected (first) step's SVG, drawn in the walkthrough's media webview with the theme's colours.
  const image = await waitUntil('the first step\'s image to draw', async () => {
    for (const frame of await webviewFrames()) {
      const box = await frame.evaluate(() => {
        const svg = document.querySelector('svg');
        if (!svg || !/nn\.GELU/.test(svg.querySelector('title')?.textContent ?? '')) return null;
        const r = svg.getBoundingClientRect();
        return { width: r.width, height: r.height, background: getComputedStyle(svg.querySelector('rect')).fill };
      }).catch(() => null);
      if (box && box.width > 100 && box.height > 50) return box;
    }
    return null;
  });
  assert.ok(image.background !== 'none', `the image's background is painted: ${JSON.stringify(image)}`);
  await screenshot('walkthrough');

  await container.getByRole('button', { name: 'Open an Example' }).first().click();
  const text = await waitUntil('the example in the editor', async () => {
    const t = await editorText();
    return t.includes("nn.GELU(approximate='tanh')") && t;
  });
  assert.match(text, /^import torch\.nn as nn$/m);
  const tab = await page.locator('.tabs-container .tab.active').getAttribute('aria-label');
  assert.match(tab ?? '', /Untitled/, `the example is an untitled document: ${tab}`);

  const hover = await hoverText('nn.GELU(', { until: async (h) => (await h.innerText()).includes('GELU (tanh approximation)') });
  assert.match(await hover.innerText(), /PyTorch/);
  await screenshot('walkthrough-example-hover');

  // An untitled document with content asks to be saved on close: revert it first.
  await runCommand('View: Revert and Close Editor');
}
