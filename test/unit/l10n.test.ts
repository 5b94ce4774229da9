// Localisation (English + Simplified Chinese): nothing user-facing is missing from zh-cn.
// - package.json: every %key% is in package.nls.json and package.nls.zh-cn.json (and nothing else is).
// - Host strings: every vscode.l10n.t('...') / t('...') literal in src/** is a key of l10n/bundle.l10n.zh-cn.json
//   with the same {0} placeholders; the catalogue's English data (names, descriptions, parameter descriptions,
//   framework notes) and the validation message templates are keys too; no key is stale.
// - Values are real translations: not empty, Chinese, not the English (but for a short explicit list).
// - Every validation message the core and the plot's range fields produce has a known template.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { activations, getActivation, validateParams } from '../../src/core';
import { frameworkInfo } from '../../src/core/frameworks';
import { buildHoverMarkdown, type Translate } from '../../src/hover/hoverContent';
import { paletteFor } from '../../src/hover/theme';
import { checkRange } from '../../src/plot/validate';
import { MESSAGE_TEMPLATES, catalogueText, fillTemplate, localiseMessage, localiseMessages, matchTemplate, messageTable } from '../../src/plot/translations';

const ROOT = join(__dirname, '..', '..', '..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const manifest = readJson('package.json') as Record<string, unknown>;
const nlsEn = readJson('package.nls.json') as Record<string, string>;
const nlsZh = readJson('package.nls.zh-cn.json') as Record<string, string>;
const bundle = readJson('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;

/** Values that are the same in Chinese: brand names and math symbols. */
const SAME_IN_CHINESE = new Set(['Activation Lens', 'f', 'f′', 'f″']);
const CJK = /[\u4e00-\u9fff]/;

/** The {n} placeholders of a message, sorted. */
const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();

/** Markdown that must survive translation unchanged: `code spans` and (command:...) link targets. */
const verbatim = (s: string) => [...s.matchAll(/(`+)[^`]*?\1|\]\([^)]*\)/g)].map((m) => m[0]).sort();

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p, suffix) : p.endsWith(suffix) ? [p] : [];
  });
}

/** A JS string literal starting at s[i] ('...', "..." or a `...` without ${}), or undefined. */
function readLiteral(s: string, i: number): { value: string; end: number } | undefined {
  const q = s[i];
  if (q !== "'" && q !== '"' && q !== '`') return undefined;
  const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r' };
  let value = '';
  for (i++; i < s.length && s[i] !== q; ) {
    if (q === '`' && s[i] === '$' && s[i + 1] === '{') return undefined;
    if (s[i] === '\\') {
      const c = s[i + 1];
      if (c === 'u') {
        value += String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16));
        i += 6;
      } else {
        value += escapes[c] ?? c;
        i += 2;
      }
    } else value += s[i++];
  }
  return { value, end: i + 1 };
}

/**
 * The first argument of every `t(` / `l10n.t(` / `vscode.l10n.t(` call in a source, when it is a string literal
 * (or literals joined with +); `nonLiteral` counts the calls whose message is computed (data lookups).
 */
function messagesIn(source: string): { literals: string[]; nonLiteral: number } {
  const literals: string[] = [];
  let nonLiteral = 0;
  for (const m of source.matchAll(/(?<![\w$.])(?:vscode\.)?(?:l10n\.)?t\(/g)) {
    let i = m.index + m[0].length;
    while (/\s/.test(source[i])) i++;
    const first = readLiteral(source, i);
    if (!first) {
      nonLiteral++;
      continue;
    }
    let value = first.value;
    i = first.end;
    for (;;) {
      let j = i;
      while (/\s/.test(source[j])) j++;
      if (source[j] !== '+') break;
      j++;
      while (/\s/.test(source[j])) j++;
      const next = readLiteral(source, j);
      if (!next) break;
      value += next.value;
      i = next.end;
    }
    literals.push(value);
  }
  return { literals, nonLiteral };
}

const sourceMessages = (() => {
  const byMessage = new Map<string, string>();
  for (const file of [...filesUnder(join(ROOT, 'src'), '.ts'), ...filesUnder(join(ROOT, 'webview'), '.ts')]) {
    for (const m of messagesIn(readFileSync(file, 'utf8')).literals) if (!byMessage.has(m)) byMessage.set(m, file.slice(ROOT.length + 1));
  }
  return byMessage;
})();

const catalogue = {
  names: [...new Set(activations.map((a) => a.name))],
  descriptions: [...new Set(activations.map((a) => a.description))],
  params: [...new Set(activations.flatMap((a) => a.params.map((p) => p.description)))],
  notes: [...new Set(Object.values(frameworkInfo).flatMap((i) => i.notes))],
};

/** The zh-cn lookup vscode.l10n.t does: the bundle's value for the English key (the key when missing). */
const zh: Translate = (message, ...args) => fillTemplate(bundle[message] ?? message, args.map(String));
const zhText = (english: string) => bundle[english] ?? english;

describe('l10n: package.json contributions', () => {
  const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);

  test('every %key% of package.json is in package.nls.json and package.nls.zh-cn.json', () => {
    assert.ok(keys.length >= 5, `found ${keys.length} %keys%`);
    for (const k of keys) {
      assert.ok(typeof nlsEn[k] === 'string' && nlsEn[k].length > 0, `package.nls.json lacks ${k}`);
      assert.ok(typeof nlsZh[k] === 'string' && nlsZh[k].length > 0, `package.nls.zh-cn.json lacks ${k}`);
    }
  });

  test('package.nls.zh-cn.json translates exactly the keys of package.nls.json', () => {
    assert.deepEqual(Object.keys(nlsZh).sort(), Object.keys(nlsEn).sort());
  });

  test('zh-cn values are Chinese, keep placeholders, code spans and command links', () => {
    for (const [k, en] of Object.entries(nlsEn)) {
      const v = nlsZh[k];
      if (SAME_IN_CHINESE.has(en)) continue;
      assert.match(v, CJK, `${k} is not translated: ${JSON.stringify(v)}`);
      assert.deepEqual(placeholders(v), placeholders(en), `${k}: placeholders`);
      assert.deepEqual(verbatim(v), verbatim(en), `${k}: code spans and link targets must stay as they are`);
    }
  });
});

describe('l10n: host strings (l10n/bundle.l10n.zh-cn.json)', () => {
  test('the sources have messages to check, and the scanner reads concatenated literals', () => {
    assert.ok(sourceMessages.size >= 80, `found ${sourceMessages.size} messages`);
    assert.ok([...sourceMessages.keys()].some((m) => m.startsWith('Drag to pan') && m.endsWith('0 resets.')));
    assert.deepEqual(messagesIn(`t('a' +\n 'b', 1); vscode.l10n.t("c\\"d"); x.t('no'); t(name); l10n.t(\`e\`)`), { literals: ['ab', 'c"d', 'e'], nonLiteral: 1 });
  });

  test('every t(...) string literal in src/** and webview/** has a zh-cn translation with the same placeholders', () => {
    const missing = [...sourceMessages].filter(([m]) => !(m in bundle)).map(([m, file]) => `${file}: ${JSON.stringify(m)}`);
    assert.deepEqual(missing, [], 'add these to l10n/bundle.l10n.zh-cn.json');
    for (const m of sourceMessages.keys()) assert.deepEqual(placeholders(bundle[m]), placeholders(m), `placeholders of ${JSON.stringify(m)}`);
  });

  test("the catalogue's names, descriptions, parameter descriptions and framework notes are in the bundle", () => {
    for (const [kind, list] of Object.entries(catalogue)) {
      const missing = list.filter((s) => !(s in bundle));
      assert.deepEqual(missing, [], `${kind} missing from l10n/bundle.l10n.zh-cn.json`);
    }
    // Names of functions (ReLU, GELU, ...) stay as they are; the other text is translated.
    for (const s of [...catalogue.descriptions, ...catalogue.params, ...catalogue.notes]) assert.match(bundle[s], CJK, `not translated: ${s}`);
  });

  test('every validation message template is in the bundle with the same placeholders', () => {
    for (const t of MESSAGE_TEMPLATES) {
      assert.ok(t in bundle, `missing template ${JSON.stringify(t)}`);
      assert.deepEqual(placeholders(bundle[t]), placeholders(t), `placeholders of ${JSON.stringify(t)}`);
    }
  });

  test('no stale keys: every key is a source message, a template or catalogue text', () => {
    const known = new Set<string>([...sourceMessages.keys(), ...MESSAGE_TEMPLATES, ...Object.values(catalogue).flat()]);
    assert.deepEqual(Object.keys(bundle).filter((k) => !known.has(k)), []);
  });

  test('values are not empty and are Chinese, but for names and symbols', () => {
    const names = new Set(catalogue.names);
    for (const [k, v] of Object.entries(bundle)) {
      assert.ok(v.trim().length > 0, `empty translation of ${JSON.stringify(k)}`);
      if (SAME_IN_CHINESE.has(k) || names.has(k)) continue;
      assert.match(v, CJK, `not translated: ${JSON.stringify(k)} -> ${JSON.stringify(v)}`);
    }
  });

  test('the files have no duplicate keys', () => {
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json', 'l10n/bundle.l10n.zh-cn.json']) {
      const keys = [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^ {2}"((?:[^"\\]|\\.)*)":/gm)].map((m) => m[1]);
      assert.equal(new Set(keys).size, keys.length, `${file} has a duplicate key`);
    }
  });
});

describe('l10n: validation messages', () => {
  /** Every message the core's checks give for a spread of bad parameter values, per activation. */
  function coreErrors(): string[] {
    const out = new Set<string>();
    const bad = [0, -1, -0.5, NaN, Infinity, -Infinity, 1e9, -1e9, 'x'];
    for (const a of activations) {
      const add = (p: unknown) => {
        const r = validateParams(a.id, p);
        if (!r.ok) r.errors.forEach((e) => out.add(e));
      };
      add({ nope: 1 });
      add([1]);
      for (const spec of a.params) {
        for (const v of bad) add({ [spec.name]: v });
        // Pairs (min_val/max_val, lower/upper): every bad value against every other parameter's default.
        for (const other of a.params) if (other !== spec) for (const v of bad) add({ [spec.name]: v, [other.name]: other.default });
      }
    }
    return [...out];
  }

  test('every message the core gives for bad parameters has a template', () => {
    const errors = coreErrors();
    assert.ok(errors.length > 20, `${errors.length} messages`);
    assert.ok(errors.some((e) => e.startsWith('celu: alpha must not be 0')));
    assert.deepEqual(errors.filter((e) => !matchTemplate(e)), [], 'add a template to MESSAGE_TEMPLATES (src/plot/translations.ts) and its translation');
  });

  test("every message of the plot's range fields has a template", () => {
    const errors = new Set<string>();
    for (const axis of ['x', 'y'] as const) {
      for (const [min, max] of [[NaN, 1], [0, NaN], [2, 1], [1, 1], [-1e20, 1], [0, 1e20], [1e5, 1e5 + 1e-7]]) {
        const r = checkRange({ min, max }, axis);
        if (!r.ok) r.errors.forEach((e) => errors.add(e));
      }
    }
    assert.ok(errors.size >= 5, [...errors].join('\n'));
    assert.deepEqual([...errors].filter((e) => !matchTemplate(e)), []);
  });

  test('messages are translated with their values, and unknown ones stay as they are', () => {
    const tr = (template: string, args: readonly string[]) => fillTemplate(bundle[template], args);
    assert.equal(localiseMessage('hardtanh: min_val (2) must be less than max_val (1).', tr), 'hardtanh：min_val（2）必须小于 max_val（1）。');
    assert.equal(localiseMessage("The x range's min must be less than its max (got 3 and -2).", tr), 'x 范围的最小值必须小于最大值（当前为 3 和 -2）。');
    assert.equal(localiseMessage('Something else.', tr), 'Something else.');
    // The webview's side: a table from English template to translated template (what the host sends).
    const table = messageTable(zhText);
    assert.equal(Object.keys(table).length, MESSAGE_TEMPLATES.length);
    assert.deepEqual(localiseMessages(['softplus: beta must be greater than 0 (got -1).', 'x'], table), ['softplus：beta 必须大于 0（当前为 -1）。', 'x']);
    assert.deepEqual(messageTable((s) => s), {}, 'nothing to send in English');
  });
});

describe('l10n: what the user sees in zh-cn', () => {
  test('the catalogue text sent to the webview holds every translated name, description and parameter', () => {
    const text = catalogueText(zhText);
    assert.deepEqual(catalogueText((s) => s), {}, 'nothing to send in English');
    for (const a of activations) {
      const entry = text[a.id];
      assert.ok(entry?.description && CJK.test(entry.description), `${a.id}: description`);
      for (const p of a.params) assert.ok(entry.params?.[p.name] && CJK.test(entry.params[p.name]), `${a.id}.${p.name}: description`);
    }
    assert.equal(text.threshold.name, '阈值函数');
    assert.equal(text.relu.name, undefined, 'ReLU keeps its name');
  });

  test('the hover in zh-cn: chrome, description, notes and an out-of-domain message in Chinese', () => {
    const act = getActivation('celu')!;
    const md = buildHoverMarkdown({
      act,
      params: { alpha: 0 },
      frameworkDefaults: { alpha: 1 },
      nonliteral: [],
      frameworkLabel: 'PyTorch',
      alias: 'nn.CELU',
      notes: frameworkInfo.celu.notes.map(zhText),
      name: zhText(act.name),
      description: zhText(act.description),
      formulas: undefined,
      palette: paletteFor(2),
      showPlot: true,
      t: zh,
    });
    assert.match(md, /\| 参数 \| 此处 \| PyTorch 默认值 \|/);
    assert.match(md, /连续可微的 ELU/);
    assert.match(md, /这些参数超出了定义域：celu：alpha 不能为 0/);
    assert.match(md, /⚠ alpha = 1 时 CELU 与 ELU 相同/);
    const gelu = getActivation('gelu_tanh')!;
    const ok = buildHoverMarkdown({
      act: gelu,
      params: {},
      frameworkDefaults: {},
      nonliteral: [],
      frameworkLabel: 'PyTorch',
      alias: 'nn.GELU',
      notes: [],
      name: zhText(gelu.name),
      description: zhText(gelu.description),
      formulas: undefined,
      palette: paletteFor(2),
      showPlot: true,
      plotCommand: 'command:activationLens.plot',
      t: zh,
    });
    assert.match(ok, /^\*\*GELU（tanh 近似）\*\*/);
    assert.match(ok, /!\[GELU（tanh 近似）（实线）及其导数（虚线）的图像，x 从 -4 到 4\]/);
    assert.match(ok, /值域 .* · 非单调 · 光滑 · 不以零为中心 · /);
    assert.match(ok, /\[在绘图中打开\]\(command:activationLens\.plot "用这些参数绘制 GELU（tanh 近似）"\)/);
  });
});
