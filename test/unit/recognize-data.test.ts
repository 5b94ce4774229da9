// The framework table is the one source of truth: every API the recognizer knows is listed there under its
// framework, with defaults read from it; and the recognizer never throws, whatever it is given.
import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import {
  ACTIVATION_IDS,
  FRAMEWORKS,
  canonicalDefaults,
  defaultsFor,
  frameworkInfo,
  isActivationId,
  type ActivationId,
} from '../../src/core/frameworks';
import type { ModuleTable } from '../../src/recognize/api';
import { CPP_METHODS, CPP_MODULES } from '../../src/recognize/cpp';
import { createResolver, findActivations, languageOf, resolveActivationAt } from '../../src/recognize/index';
import { JS_MODULES, TFJS_METHODS } from '../../src/recognize/javascript';
import { JULIA_MODULES } from '../../src/recognize/julia';
import { PYTHON_MODULES } from '../../src/recognize/python';

const IDS = [
  'sigmoid', 'tanh', 'relu', 'relu6', 'leaky_relu', 'prelu', 'rrelu', 'elu', 'celu', 'selu', 'gelu', 'gelu_tanh',
  'silu', 'swish', 'mish', 'softplus', 'softsign', 'logsigmoid', 'hardsigmoid', 'hard_sigmoid_v1', 'hardswish',
  'hardtanh', 'hardshrink', 'softshrink', 'tanhshrink', 'threshold', 'squareplus', 'sparse_plus', 'sparse_sigmoid',
  'exponential', 'linear', 'lisht', 'logcosh',
];

describe('recognize: framework table', () => {
  test('the 33 canonical ids, each with framework info', () => {
    assert.deepEqual([...ACTIVATION_IDS].sort(), [...IDS].sort());
    for (const id of IDS) {
      assert.ok(isActivationId(id));
      const info = frameworkInfo[id as ActivationId];
      assert.ok(Object.keys(info.names).length > 0, id);
      assert.ok(info.notes.length > 0 && info.notes.every((n) => /^[A-Z'`a-z].*[.)]$/.test(n) && n.length < 300), id);
      for (const fw of Object.keys(info.names)) assert.ok(FRAMEWORKS.includes(fw as never), fw);
      for (const [fw, d] of Object.entries(info.defaults ?? {})) {
        assert.ok(FRAMEWORKS.includes(fw as never));
        for (const k of Object.keys(d)) assert.ok(k in canonicalDefaults[id as ActivationId], `${id}.${k}`);
      }
    }
    assert.equal(isActivationId('softmax'), false);
    assert.equal(isActivationId('toString'), false);
  });

  test('canonical parameters and defaults', () => {
    assert.deepEqual(canonicalDefaults.leaky_relu, { negative_slope: 0.01 });
    assert.deepEqual(canonicalDefaults.rrelu, { lower: 0.125, upper: 1 / 3 });
    assert.deepEqual(canonicalDefaults.softplus, { beta: 1, threshold: Infinity });
    assert.deepEqual(canonicalDefaults.threshold, { threshold: 0, value: 0 });
    assert.deepEqual(canonicalDefaults.squareplus, { b: 4 });
    assert.deepEqual(canonicalDefaults.hardtanh, { min_val: -1, max_val: 1 });
  });

  test('framework defaults where frameworks disagree', () => {
    assert.deepEqual(defaultsFor('leaky_relu', 'pytorch'), { negative_slope: 0.01 });
    assert.deepEqual(defaultsFor('leaky_relu', 'jax'), { negative_slope: 0.01 });
    assert.deepEqual(defaultsFor('leaky_relu', 'nnlib'), { negative_slope: 0.01 });
    assert.deepEqual(defaultsFor('leaky_relu', 'tensorflow'), { negative_slope: 0.2 });
    assert.deepEqual(defaultsFor('leaky_relu', 'keras'), { negative_slope: 0.2 });
    assert.deepEqual(defaultsFor('leaky_relu', 'tfjs'), { negative_slope: 0.2 });
    assert.deepEqual(defaultsFor('leaky_relu', 'keras', 'keras.layers.LeakyReLU'), { negative_slope: 0.3 });
    assert.deepEqual(defaultsFor('leaky_relu', 'tfjs', 'tf.layers.leakyReLU'), { negative_slope: 0.3 });
    assert.deepEqual(defaultsFor('prelu', 'pytorch'), { init: 0.25 });
    assert.deepEqual(defaultsFor('prelu', 'keras'), { init: 0 });
    assert.deepEqual(defaultsFor('prelu', 'flax'), { init: 0.01 });
    assert.deepEqual(defaultsFor('softplus', 'pytorch'), { beta: 1, threshold: 20 });
    assert.deepEqual(defaultsFor('softplus', 'libtorch'), { beta: 1, threshold: 20 });
    assert.deepEqual(defaultsFor('softplus', 'keras'), { beta: 1, threshold: Infinity });
    assert.deepEqual(defaultsFor('threshold', 'nnlib'), { threshold: 1, value: 0 });
  });

  test('API defaults also resolve from the name as written', () => {
    assert.deepEqual(defaultsFor('leaky_relu', 'keras', 'layers.LeakyReLU'), { negative_slope: 0.3 });
    assert.deepEqual(defaultsFor('leaky_relu', 'keras', 'LeakyReLU'), { negative_slope: 0.3 });
    assert.deepEqual(defaultsFor('leaky_relu', 'keras', "'leaky_relu'"), { negative_slope: 0.2 });
    assert.deepEqual(defaultsFor('leaky_relu', 'keras', 'keras.activations.leaky_relu'), { negative_slope: 0.2 });
    assert.deepEqual(defaultsFor('leaky_relu', 'pytorch', 'nn.LeakyReLU'), { negative_slope: 0.01 });
    assert.deepEqual(defaultsFor('leaky_relu', 'tfjs', 'tf.leakyRelu'), { negative_slope: 0.2 });
    assert.deepEqual(defaultsFor('threshold', 'keras', 'layers.ThresholdedReLU'), { threshold: 1, value: 0 });
  });

  const tables: [string, Readonly<Record<string, ModuleTable>>][] = [
    ['python', PYTHON_MODULES],
    ['js', JS_MODULES],
    ['cpp', CPP_MODULES],
    ['julia', JULIA_MODULES],
    ['methods', { tfjs: TFJS_METHODS, cpp: CPP_METHODS }],
  ];
  for (const [lang, modules] of tables) {
    test(`every ${lang} API is listed under its framework in frameworkInfo`, () => {
      let n = 0;
      for (const [mod, entries] of Object.entries(modules)) {
        for (const [name, api] of Object.entries(entries)) {
          n++;
          const names = frameworkInfo[api.id].names[api.fw] ?? [];
          const display = api.display.replace(/_$/, ''); // in-place variants: listed under the plain name
          assert.ok(
            names.includes(display) || (api.variant === 'gelu' && (frameworkInfo.gelu.names[api.fw] ?? []).concat(frameworkInfo.gelu_tanh.names[api.fw] ?? []).some((x) => x.startsWith(display))),
            `${mod}.${name}: '${display}' not in frameworkInfo.${api.id}.names.${api.fw} (${names.join(', ')})`,
          );
          if (api.dkey) assert.ok(frameworkInfo[api.id].apiDefaults?.[api.fw]?.[api.dkey], `${mod}.${name}: no apiDefaults ${api.dkey}`);
          // positional names are canonical parameters, or the inputs of a variant's choice
          const extra: Record<string, string[]> = {
            gelu: ['approximate'],
            relu: ['negative_slope', 'max_value', 'threshold'],
            swish: ['beta'],
          };
          for (const p of [...(api.pos ?? []), ...Object.values(api.kw ?? {}), ...Object.values(api.cfg ?? {})]) {
            const ok = p === '' || p === '@init' || p in canonicalDefaults[api.id] || (api.variant && extra[api.variant]!.includes(p));
            assert.ok(ok, `${mod}.${name}: parameter '${p}'`);
          }
        }
      }
      assert.ok(n > 0);
    });
  }
});

describe('recognize: robustness', () => {
  const langs = ['python', 'javascript', 'typescript', 'typescriptreact', 'javascriptreact', 'cpp', 'julia'];

  test('language ids', () => {
    assert.equal(languageOf('python'), 'python');
    assert.equal(languageOf('typescriptreact'), 'js');
    assert.equal(languageOf('cpp'), 'cpp');
    assert.equal(languageOf('julia'), 'julia');
    assert.equal(languageOf('markdown'), undefined);
    assert.equal(resolveActivationAt('import torch\nnn.ReLU()', 15, 'markdown'), undefined);
    assert.deepEqual(findActivations('nn.ReLU()', 'plaintext'), []);
  });

  test('bad offsets and empty text give undefined', () => {
    const text = 'import torch.nn as nn\nx = nn.ReLU()';
    for (const lang of langs) {
      for (const off of [-1, -0.5, 0.5, NaN, Infinity, text.length + 1, 1e12]) assert.equal(resolveActivationAt(text, off, lang), undefined);
      assert.equal(resolveActivationAt('', 0, lang), undefined);
      assert.deepEqual(findActivations('', lang), []);
      assert.equal(resolveActivationAt(text, text.length, lang), undefined);
      assert.equal(resolveActivationAt(null as unknown as string, 0, lang), undefined);
    }
  });

  test('malformed input never throws', () => {
    const snippets = [
      'nn.ReLU(((((', 'nn.ReLU)))))', '"""unterminated nn.ReLU', "'unterminated nn.ReLU", '/* never closed nn.ReLU',
      '#= never closed relu', '`template ${ nn.ReLU', 'R"x( raw nn::ReLU', 'F.leaky_relu(x, negative_slope=', 'x = (]',
      'tf.layers.dense({activation: "relu"', 'partial(nn.LeakyReLU,', '\\\n\\\n', '\u0000\uffff\ud800', 'σ.(', ':::', '...',
      'torch::nn::LeakyReLUOptions().negative_slope(', 'x.relu(', '0x', '1e', '1_', ".5.5.5", "'", '"', '`',
    ];
    for (const lang of langs) {
      for (const s of snippets) {
        for (let off = 0; off <= s.length; off++) resolveActivationAt(s, off, lang);
        findActivations(s, lang);
      }
    }
  });

  test('random code-like text never throws and matches stay in range (fuzz)', () => {
    let seed = 12345;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
    const atoms = [
      'nn', '.', 'ReLU', '(', ')', '[', ']', '{', '}', ',', '=', ' ', '\n', '"', "'", '"""', '#', '//', '/*', '*/', '\\',
      'relu', 'F', 'leaky_relu', '0.2', '-', 'tf', 'layers', 'dense', 'activation', ':', '::', 'torch', 'σ', '.(', 'x',
      'import torch.nn as nn\n', 'using Flux\n', "import * as tf from '@tensorflow/tfjs';\n", '`', '${', '@', 'def ', '->',
    ];
    for (let round = 0; round < 300; round++) {
      let s = '';
      const n = Math.floor(rnd() * 60);
      for (let i = 0; i < n; i++) s += atoms[Math.floor(rnd() * atoms.length)];
      const lang = langs[round % langs.length]!;
      const all = findActivations(s, lang);
      for (const m of all) assert.ok(m.start >= 0 && m.end <= s.length && m.start < m.end);
      for (let k = 0; k < 10; k++) {
        const off = Math.floor(rnd() * (s.length + 1));
        const m = resolveActivationAt(s, off, lang);
        if (m) {
          assert.ok(m.start >= 0 && m.end <= s.length && m.start <= off + 1 && off <= m.end + 1);
          assert.ok(isActivationId(m.id));
          for (const v of Object.values(m.params)) assert.equal(typeof v, 'number');
        }
      }
    }
  });

  test('a 1 MB single line is answered from a bounded window', () => {
    const unit = 'x = F.leaky_relu(x, 0.3); s = "((["; y = nn.GELU()(x); ';
    const text = 'import torch.nn as nn; import torch.nn.functional as F; ' + unit.repeat(Math.ceil(1e6 / unit.length));
    const target = text.lastIndexOf('leaky_relu') + 2;
    const t0 = performance.now();
    const m = resolveActivationAt(text, target, 'python');
    const ms = performance.now() - t0;
    assert.equal(m?.id, 'leaky_relu');
    assert.deepEqual(m?.params, { negative_slope: 0.3 });
    assert.ok(ms < 500, `${ms} ms`); // generous: CI machines are noisy; the bench has the real figures
  });

  test('the resolver rebuilds the import table when the version changes', () => {
    const resolver = createResolver({ maxDocuments: 2 });
    const v1 = 'import torch.nn as nn\ny = nn.relu(x)';
    const v2 = 'from flax import linen as nn\ny = nn.relu(x)';
    const off = v1.indexOf('relu(') + 1;
    assert.equal(resolver.resolveAt(v1, off, 'python', 'file:///a.py@1'), undefined); // torch.nn has no `relu`
    const m = resolver.resolveAt(v2, v2.indexOf('relu(') + 1, 'python', 'file:///a.py@2');
    assert.equal(m?.framework, 'flax');
    // a stale key keeps its table (the caller promises key changes with text)
    assert.equal(resolver.resolveAt(v2, v2.indexOf('relu(') + 1, 'python', 'file:///a.py@2')?.framework, 'flax');
    resolver.forget('file:///a.py');
    resolver.forget();
    for (let i = 0; i < 5; i++) resolver.resolveAt(v2, 0, 'python', `file:///d${i}.py@1`);
    assert.equal(resolver.resolveAt(v2, v2.indexOf('relu(') + 1, 'python')?.framework, 'flax');
  });

  test('a hover reads only a window: a far-away unterminated string does not matter', () => {
    const filler = 'x = 1\n'.repeat(3000);
    const text = 'import torch.nn as nn\ns = """never closed\n' + filler + 'def f():\n    return nn.LeakyReLU(0.2)\n';
    const off = text.indexOf('LeakyReLU') + 2;
    assert.equal(resolveActivationAt(text, off, 'python')?.id, 'leaky_relu');
  });
});
