// The extension in Simplified Chinese: run by `run-e2e.mjs --locale zh-cn` in a code-server whose display
// language is zh-cn (vscode.env.language; VS Code's own UI stays English without a real language pack).
// The hover over nn.GELU, the plot it opens (webview strings, catalogue text, a translated validation
// message) and the command and quick pick from package.nls.zh-cn.json are in Chinese.
import assert from 'node:assert/strict';

export const name = 'zh-cn: hover, plot panel, command and quick pick in Simplified Chinese';
export const locale = 'zh-cn';
export const timeout = 150_000;

const CJK = /[\u4e00-\u9fff]/;

export async function run({ page, openFile, waitForActivation, hoverText, waitForWebview, waitUntil, runCommand, screenshot, sleep }) {
  // 1. The hover: chrome, description, properties, notes and the plot's alt text in Chinese.
  await openFile('torch_model.py');
  await waitForActivation();
  const hover = await hoverText('nn.GELU', { until: async (h) => (await h.innerText()).includes('GELU（tanh 近似）') });
  const text = await hover.innerText();
  assert.match(text, /GELU 的 tanh 近似（GPT-2 原始代码所用/, 'description');
  assert.match(text, /值域 \[≈−0\.1700, ∞\) · 非单调 · 光滑/, 'properties line');
  assert.match(text, /jax\.nn\.gelu、keras\.ops\.gelu、TensorFlow Addons 和 NNlib\.gelu 默认使用此 tanh 近似/, 'framework note');
  assert.match(text, /在绘图中打开/, 'plot link');
  const alts = await hover.locator('img').evaluateAll((imgs) => imgs.map((i) => i.alt));
  assert.ok(alts.some((a) => a.startsWith('GELU（tanh 近似）（实线）及其导数（虚线）的图像')), `plot alt text: ${JSON.stringify(alts)}`);
  await screenshot('zh-cn-hover');
  // The rest of the hover (plot, properties, notes, link): scrolled with the mouse on it.
  const box = await hover.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  for (let i = 0; i < 8; i++) {
    await page.mouse.wheel(0, 300);
    await sleep(100);
  }
  await sleep(300);
  await screenshot('zh-cn-hover-end');

  // 2. Its "Open in plot" link: the plot panel, every string from the host in Chinese.
  await hover.locator('a', { hasText: '在绘图中打开' }).click();
  const frame = await waitForWebview(async (f) => (await f.$('.curve h2')) !== null, { timeout: 30_000 });
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'zh-cn', 'vscode.env.language');
  assert.equal(await frame.locator('.curve h2').first().textContent(), 'GELU（tanh 近似）');
  assert.match(await frame.locator('.curve .description').first().textContent(), /^GELU 的 tanh 近似/);
  assert.equal(await frame.locator('#reset-view').textContent(), '重置视图');
  assert.equal(await frame.locator('#export-png').textContent(), '导出 PNG…');
  assert.equal(await frame.locator('.toggles legend').textContent(), '显示');
  assert.match(await frame.locator('.properties').first().textContent(), /值域.*单调否光滑性C∞以零为中心/);
  assert.equal(await frame.locator('#add-select optgroup').first().getAttribute('label'), 'Sigmoid 类');
  const tab = page.locator('.tab', { hasText: '绘图：' }).first();
  assert.equal((await tab.textContent()).trim().replace(/\s+/g, ' ').startsWith('绘图：GELU（tanh 近似）'), true, 'panel title');
  await waitUntil('the formula to arrive from the host', () => frame.$('.curve svg.tex'), { timeout: 10_000 });
  await frame.locator('.frameworks summary').first().click();
  assert.equal(await frame.locator('.frameworks summary').first().textContent(), '各框架中的名称与默认值');
  assert.match(await frame.locator('.frameworks .notes').first().textContent(), /默认使用此 tanh 近似/);

  // 3. A parameter outside the domain: the core's message, translated in the webview.
  await frame.locator('#add-select').selectOption('celu');
  await frame.locator('#add-button').click();
  const alpha = frame.locator('#c1-alpha-value');
  await alpha.waitFor({ timeout: 10_000 });
  assert.match(await frame.locator('.curve .param-desc').last().textContent(), /负半轴分支及其输入的缩放系数 α/);
  await alpha.fill('0');
  await waitUntil('the domain error', async () => (await frame.locator('#error').isVisible()) && (await frame.locator('#error').textContent()).includes('alpha 不能为 0'));
  assert.match(await frame.locator('#c1-alpha-error').textContent(), /^celu：alpha 不能为 0：CELU 要用 x 除以 alpha/);
  await frame.locator('#error').scrollIntoViewIfNeeded();
  await screenshot('zh-cn-plot');
  await frame.locator('.frameworks summary').first().scrollIntoViewIfNeeded();
  await sleep(200);
  await screenshot('zh-cn-plot-cards');

  // 4. The command from package.nls.zh-cn.json and its quick pick (families, names, descriptions).
  // (From the editor: a quick pick opened while the webview has the focus can close again at once.)
  await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
  await sleep(300);
  await waitUntil('the zh-cn plot command in the palette', async () => {
    await runCommand('Activation Lens: 绘制激活函数...', { timeout: 3_000 });
    return true;
  }, { timeout: 30_000 });
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Sigmoid 类' }).first().waitFor({ timeout: 10_000 });
  assert.equal(await input.getAttribute('placeholder'), '输入名称、ID 或描述进行搜索');
  await input.fill('threshold');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: '阈值函数' }).first();
  await row.waitFor({ timeout: 10_000 });
  assert.match(await row.innerText(), /大于阈值时为 x/);
  assert.match(await page.locator('.quick-input-title, .quick-input-header').first().innerText().catch(() => ''), CJK);
  await screenshot('zh-cn-quick-pick');
  await page.keyboard.press('Escape');
}
