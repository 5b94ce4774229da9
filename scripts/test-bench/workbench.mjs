// Helpers that drive the VS Code web workbench (code-server) through a playwright-core page, as a user
// would: keyboard, mouse, what is on screen. The e2e checks in test/e2e/*.e2e.mjs receive them.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const EXTENSION_ID = 'activation-lens.activation-lens';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until it returns a truthy value (returned), failing with `what` after `timeout` ms. */
export async function waitUntil(what, fn, { timeout = 15_000, interval = 200 } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`);
    }
    await sleep(interval);
  }
}

/** Waits until the workbench restored its editors and views (the smoke-test driver tells). */
export async function waitForWorkbench(page, timeout = 60_000) {
  await page.waitForSelector('.monaco-workbench', { timeout });
  await page.waitForFunction(() => typeof window.driver?.whenWorkbenchRestored === 'function', null, { timeout });
  await page.evaluate(() => window.driver.whenWorkbenchRestored());
}

function filesUnder(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p, suffix) : name.endsWith(suffix) ? [p] : [];
  });
}

/**
 * The helpers passed to each e2e check, bound to `page` (a workbench page) and `server` (startCodeServer()).
 * Screenshots go to `outputDir`.
 */
export function createHelpers({ page, server, outputDir }) {
  const activeLines = '.editor-group-container.active .monaco-editor .view-lines';

  /** Opens a workspace file by name through Quick Open (Ctrl+P) and waits for its editor. */
  async function openFile(name, { timeout = 20_000 } = {}) {
    const input = page.locator('.quick-input-widget input');
    // Quick Open can miss a file while the file search is still starting: retry the query.
    await waitUntil(`Quick Open to list ${name}`, async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+P');
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(name);
      // The row whose file name is exactly `name` (Quick Open also lists torch_model.py for model.py).
      const exact = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
      const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
      await row.waitFor({ state: 'visible', timeout: 3_000 });
      await row.click();
      return true;
    }, { timeout });
    await waitUntil(`${name}'s tab to be active`, () =>
      // The tab shows "model" and ".py" in separate spans; its aria-label is the file's path.
      page.evaluate((n) => [...document.querySelectorAll('.tabs-container .tab.active .tab-label')].some((e) => (e.getAttribute('aria-label') ?? '').endsWith(`/${n}`)), name),
    { timeout });
    await page.locator(activeLines).waitFor({ timeout });
    await waitUntil(`${name}'s text in the editor`, async () => (await editorText()).trim().length > 0, { timeout });
  }

  /** Text of the active editor's rendered lines, top to bottom (only lines in view are rendered). */
  async function editorText() {
    return page.evaluate((sel) => {
      const root = document.querySelector(sel);
      if (!root) return '';
      return [...root.querySelectorAll('.view-line')]
        .map((el) => ({ top: parseFloat(el.style.top) || el.getBoundingClientRect().top, text: el.textContent ?? '' }))
        .sort((a, b) => a.top - b.top)
        .map((l) => l.text.replace(/\u00a0/g, ' '))
        .join('\n');
    }, activeLines);
  }

  /**
   * Screen box ({x, y, width, height, cx, cy}) of the `occurrence`-th match of `text` in the active editor,
   * found with a DOM Range across the line's token spans (a dotted name can be split over several spans,
   * or several words can share one). null when not rendered.
   */
  async function findText(text, { occurrence = 0 } = {}) {
    return page.evaluate(
      ({ sel, needle, occurrence }) => {
        const root = document.querySelector(sel);
        if (!root) return null;
        const lines = [...root.querySelectorAll('.view-line')].sort(
          (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
        );
        let seen = 0;
        for (const line of lines) {
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          const nodes = [];
          let full = '';
          while (walker.nextNode()) {
            nodes.push({ node: walker.currentNode, start: full.length });
            full += walker.currentNode.data.replace(/\u00a0/g, ' ');
          }
          for (let i = full.indexOf(needle); i >= 0; i = full.indexOf(needle, i + 1)) {
            if (seen++ < occurrence) continue;
            const at = (pos, isEnd) => {
              for (const n of nodes) {
                const end = n.start + n.node.data.length;
                if (isEnd ? pos <= end : pos < end) return [n.node, pos - n.start];
              }
              return null;
            };
            const range = document.createRange();
            range.setStart(...at(i, false));
            range.setEnd(...at(i + needle.length, true));
            const r = range.getBoundingClientRect();
            return { x: r.x, y: r.y, width: r.width, height: r.height, cx: r.x + r.width / 2, cy: r.y + r.height / 2 };
          }
        }
        return null;
      },
      { sel: activeLines, needle: text, occurrence },
    );
  }

  /** The editor hover widget while it is shown. */
  const hoverWidget = () => page.locator('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content').first();

  /**
   * Moves the mouse onto `text` until the editor hover shows (and `until(hover)` holds, if given).
   * Retries by leaving and re-entering: a hover asked for before the provider existed (extension not yet
   * active) does not come back until the mouse leaves. Returns the hover locator.
   */
  async function hoverText(text, { occurrence = 0, attempts = 6, wait = 3_000, until } = {}) {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const box = await waitUntil(`"${text}" on screen`, () => findText(text, { occurrence }), { timeout: 10_000 });
      await page.mouse.move(2, 2);
      await sleep(250);
      await page.mouse.move(box.cx, box.cy, { steps: 4 });
      const hover = hoverWidget();
      try {
        await hover.waitFor({ state: 'visible', timeout: wait });
        if (!until || (await until(hover))) return hover;
      } catch {
        // no hover yet: leave and come back
      }
    }
    throw new Error(`no hover over "${text}" after ${attempts} attempts`);
  }

  /** Puts the caret on `text` (a click) and triggers "Show Hover" by keyboard (Ctrl+K Ctrl+I). */
  async function showHover(text, { occurrence = 0, timeout = 5_000 } = {}) {
    const box = await waitUntil(`"${text}" on screen`, () => findText(text, { occurrence }), { timeout: 10_000 });
    await page.mouse.click(box.cx, box.cy);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = hoverWidget();
    await hover.waitFor({ state: 'visible', timeout });
    return hover;
  }

  /** Closes any hover or widget: Escape, and the mouse to a corner. */
  async function dismiss() {
    await page.mouse.move(2, 2);
    await page.keyboard.press('Escape');
  }

  /** Runs a command by its palette label (F1, type, Enter), e.g. 'View: Close All Editors'. */
  async function runCommand(label, { timeout = 10_000 } = {}) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout });
    await input.fill(`>${label}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout });
    await page.keyboard.press('Enter');
  }

  /**
   * The documents of the webviews on screen: each is an outer `iframe.webview` whose inner iframe
   * (`fake.html`, #active-frame) holds the extension's HTML. Returns playwright Frames.
   */
  async function webviewFrames() {
    const frames = [];
    for (const el of await page.locator('iframe.webview').elementHandles()) {
      const outer = await el.contentFrame();
      const innerEl = outer && (await outer.$('iframe#active-frame, iframe'));
      const inner = innerEl && (await innerEl.contentFrame());
      if (inner) frames.push(inner);
    }
    return frames;
  }

  /** Waits for a webview document for which `predicate(frame)` holds (default: any), and returns it. */
  async function waitForWebview(predicate = async () => true, { timeout = 20_000 } = {}) {
    return waitUntil('a webview', async () => {
      for (const f of await webviewFrames()) if (await predicate(f)) return f;
      return null;
    }, { timeout });
  }

  /**
   * Waits until the extension host logged the activation of `id` (the remote extension host's log in
   * the throwaway user-data dir: `ExtensionService#_doActivateExtension <id>`).
   */
  async function waitForActivation(id = EXTENSION_ID, { timeout = 30_000 } = {}) {
    const needle = `ExtensionService#_doActivateExtension ${id},`;
    return waitUntil(`activation of ${id}`, () =>
      filesUnder(join(server.dirs.userData, 'logs'), '.log').some((f) => readFileSync(f, 'utf8').includes(needle)),
    { timeout, interval: 250 });
  }

  /** Saves a PNG of the page (or of `locator`) as <outputDir>/<name>.png and returns its path. */
  async function screenshot(name, locator) {
    mkdirSync(outputDir, { recursive: true });
    const path = join(outputDir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    await (locator ?? page).screenshot({ path });
    return path;
  }

  return {
    page,
    server,
    outputDir,
    sleep,
    waitUntil,
    openFile,
    editorText,
    findText,
    hoverText,
    hoverWidget,
    showHover,
    dismiss,
    runCommand,
    webviewFrames,
    waitForWebview,
    waitForActivation,
    screenshot,
  };
}
