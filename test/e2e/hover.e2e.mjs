// Hover over nn.GELU(approximate='tanh') in the real workbench: our hover shows, and its formula and plot
// images are decoded and drawn (naturalWidth > 0). Theme kinds are covered by the integration suite.
import assert from 'node:assert/strict';

export const name = 'hover over nn.GELU shows typeset formulas and a plot';

/** Our images in the hover widget, with how the browser decoded them. */
async function hoverImages(hover) {
  return hover.locator('img').evaluateAll((imgs) =>
    imgs
      .filter((i) => i.src.startsWith('data:image/svg+xml'))
      .map((i) => ({ alt: i.alt, complete: i.complete, w: i.naturalWidth, h: i.naturalHeight, shown: i.getBoundingClientRect().width })),
  );
}

export async function run({ openFile, waitForActivation, hoverText, waitUntil, screenshot }) {
  await openFile('torch_model.py');
  await waitForActivation();
  const hover = await hoverText('nn.GELU', { until: async (h) => (await h.innerText()).includes('GELU (tanh approximation)') });
  const imgs = await waitUntil('the hover images to decode', async () => {
    const list = await hoverImages(hover);
    return list.length === 3 && list.every((i) => i.complete && i.w > 0) && list;
  });
  assert.match(imgs[0].alt, /GELU/);
  assert.match(imgs[2].alt, /^Plot of GELU/);
  assert.ok(imgs.every((i) => i.shown > 20), `images drawn on screen: ${JSON.stringify(imgs)}`);
  assert.match(await hover.innerText(), /PyTorch/);
  await screenshot('hover-gelu');
}
