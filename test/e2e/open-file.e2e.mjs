// The workbench opens model.py from the fixture workspace, shows its text, and the extension activates.
import assert from 'node:assert/strict';

export const name = 'model.py opens in the editor and the extension activates';

export async function run({ openFile, editorText, findText, waitForActivation, waitUntil, screenshot }) {
  await openFile('model.py');
  const text = await waitUntil('the GELU line', async () => {
    const t = await editorText();
    return t.includes('act = nn.GELU()') && t;
  });
  assert.match(text, /^import torch\.nn as nn$/m);
  const box = await findText('nn.GELU');
  assert.ok(box && box.width > 0 && box.height > 0, `nn.GELU has no box on screen: ${JSON.stringify(box)}`);
  await waitForActivation();
  await screenshot('model-py');
}
