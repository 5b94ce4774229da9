// Whole model files in each language: every activation in them is found, with the right parameters, and nothing
// else; and a hover at every offset of the file agrees with the whole-document scan.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { defaultsFor, type ActivationId, type Framework } from '../../src/core/frameworks';
import { createResolver, findActivations, type ActivationMatch } from '../../src/recognize/index';

/** [line (1-based), name as written, id, framework, params (omitted = the framework's defaults), nonliteral]. */
type Row = [number, string, ActivationId, Framework, Record<string, number>?, string[]?];

const FIXTURES = resolve(__dirname, '../../../test/fixtures/recognize');

const expected: Record<string, { lang: string; rows: Row[] }> = {
  'pytorch_model.py': {
    lang: 'python',
    rows: [
      [12, 'GELU', 'gelu', 'pytorch'], // from torch.nn import GELU
      [14, 'nn.ReLU', 'relu', 'pytorch'],
      [14, 'GELU', 'gelu', 'pytorch'],
      [18, 'nn.ReLU', 'relu', 'pytorch'], // act_layer default
      [29, 'nn.GELU', 'gelu', 'pytorch'],
      [45, 'nn.ReLU', 'relu', 'pytorch'],
      [46, 'nn.LeakyReLU', 'leaky_relu', 'pytorch', { negative_slope: 0.1 }],
      [47, 'torch.nn.LeakyReLU', 'leaky_relu', 'pytorch', { negative_slope: 0.01 }],
      [48, 'nn.PReLU', 'prelu', 'pytorch', { init: 0.25 }],
      [49, 'nn.ELU', 'elu', 'pytorch', { alpha: 1 }, ['alpha']],
      [50, 'nn.Softplus', 'softplus', 'pytorch', { beta: 2, threshold: 20 }],
      [51, 'nn.Hardtanh', 'hardtanh', 'pytorch', { min_val: -2, max_val: 2 }],
      [52, 'nn.Threshold', 'threshold', 'pytorch', { threshold: 0.1, value: 20 }],
      [53, 'nn.Sigmoid', 'sigmoid', 'pytorch'],
      [55, 'nn.Mish', 'mish', 'pytorch'],
      [59, 'nn.SiLU', 'silu', 'pytorch'],
      [68, 'F.leaky_relu', 'leaky_relu', 'pytorch', { negative_slope: 0.2 }],
      [69, 'F.gelu', 'gelu_tanh', 'pytorch'],
      [70, 'F.elu', 'elu', 'pytorch', { alpha: 0.5 }],
      [70, 'F.hardswish', 'hardswish', 'pytorch'],
      [71, 'torch.tanh', 'tanh', 'pytorch'],
      [71, 'torch.sigmoid', 'sigmoid', 'pytorch'],
      [72, 'x.relu', 'relu', 'pytorch'],
      [72, 'x.sigmoid', 'sigmoid', 'pytorch'],
      [73, 'F.softplus', 'softplus', 'pytorch', { beta: 1, threshold: 10 }],
      [74, 'F.relu6', 'relu6', 'pytorch'],
      [75, 'F.rrelu', 'rrelu', 'pytorch', { lower: 0.1, upper: 0.3 }],
      [82, 'nn.LeakyReLU', 'leaky_relu', 'pytorch', { negative_slope: 0.001 }], // partial(...)
      [83, '"gelu"', 'gelu', 'pytorch'], // TransformerEncoderLayer(activation="gelu")
      [84, 'nn.CELU', 'celu', 'pytorch', { alpha: 1.5 }],
      [84, 'nn.SELU', 'selu', 'pytorch'],
    ],
  },
  'keras_model.py': {
    lang: 'python',
    rows: [
      [5, 'LeakyReLU', 'leaky_relu', 'keras', { negative_slope: 0.3 }], // the import
      [11, '"relu"', 'relu', 'keras'],
      [12, "'elu'", 'elu', 'keras'],
      [13, 'LeakyReLU', 'leaky_relu', 'keras', { negative_slope: 0.2 }],
      [14, 'layers.LeakyReLU', 'leaky_relu', 'keras', { negative_slope: 0.3 }],
      [17, "'gelu'", 'gelu', 'keras'],
      [18, '"swish"', 'silu', 'keras'],
      [19, 'layers.ReLU', 'relu6', 'keras'],
      [20, 'layers.ReLU', 'leaky_relu', 'keras', { negative_slope: 0.1 }],
      [21, 'layers.PReLU', 'prelu', 'keras', { init: 0 }],
      [23, 'tf.nn.relu', 'relu', 'tensorflow'],
      [24, "'leaky_relu'", 'leaky_relu', 'keras', { negative_slope: 0.2 }],
      [25, 'tf.nn.leaky_relu', 'leaky_relu', 'tensorflow', { negative_slope: 0.1 }],
      [26, "'hard_sigmoid'", 'hard_sigmoid_v1', 'keras'], // tf.keras is Keras 2
      [27, '"sigmoid"', 'sigmoid', 'keras'],
      [33, 'tf.nn.silu', 'swish', 'tensorflow', { beta: 1.5 }],
      [33, 'tf.nn.gelu', 'gelu', 'tensorflow'],
      [34, 'tf.keras.activations.swish', 'silu', 'keras'],
      [35, 'tf.math.sigmoid', 'sigmoid', 'tensorflow'],
      [35, 'tf.nn.softplus', 'softplus', 'tensorflow', { beta: 1, threshold: Infinity }],
    ],
  },
  'keras3_model.py': {
    lang: 'python',
    rows: [
      [8, '"hard_sigmoid"', 'hardsigmoid', 'keras'], // Keras 3
      [9, '"leaky_relu"', 'leaky_relu', 'keras', { negative_slope: 0.2 }],
      [10, 'layers.LeakyReLU', 'leaky_relu', 'keras', { negative_slope: 0.1 }],
      // line 11: layers.ReLU(max_value=4.0) is a capped ReLU, none of ours
      [14, 'ops.gelu', 'gelu_tanh', 'keras'],
      [15, 'keras.activations.gelu', 'gelu', 'keras'],
      [16, 'ops.gelu', 'gelu', 'keras'],
      [17, 'keras.activations.relu', 'relu6', 'keras'],
      [18, 'keras.activations.relu', 'threshold', 'keras', { threshold: 0.5, value: 0 }],
      [19, 'ops.leaky_relu', 'leaky_relu', 'keras', { negative_slope: 0.2 }],
      [20, 'keras.activations.squareplus', 'squareplus', 'keras', { b: 2 }],
      [25, '"mish"', 'mish', 'keras'],
      [26, '"selu"', 'selu', 'keras'],
      [27, '"sigmoid"', 'sigmoid', 'keras'],
    ],
  },
  'flax_module.py': {
    lang: 'python',
    rows: [
      [12, 'nn.gelu', 'gelu_tanh', 'flax'],
      [17, 'nn.relu', 'relu', 'flax'],
      [20, 'jax.nn.gelu', 'gelu', 'jax'],
      [21, 'jnn.leaky_relu', 'leaky_relu', 'jax', { negative_slope: 0.2 }],
      [22, 'nn.swish', 'silu', 'flax'],
      [22, 'nn.soft_sign', 'softsign', 'flax'],
      [23, 'nn.PReLU', 'prelu', 'flax', { init: 0.01 }],
      [24, 'jnp.tanh', 'tanh', 'jax'],
      [33, 'nnx.relu', 'relu', 'flax'],
      [33, 'jax.nn.celu', 'celu', 'jax', { alpha: 0.5 }],
      [33, 'jax.nn.hard_tanh', 'hardtanh', 'jax'],
    ],
  },
  'tfjs_model.ts': {
    lang: 'typescript',
    rows: [
      [7, "'relu'", 'relu', 'tfjs'],
      [8, '"selu"', 'selu', 'tfjs'],
      [9, 'tf.layers.leakyReLU', 'leaky_relu', 'tfjs', { negative_slope: 0.1 }],
      [10, 'tf.layers.leakyReLU', 'leaky_relu', 'tfjs', { negative_slope: 0.3 }],
      [11, "'hardSigmoid'", 'hard_sigmoid_v1', 'tfjs'],
      [12, 'tf.layers.reLU', 'relu6', 'tfjs'],
      [13, 'tf.layers.prelu', 'prelu', 'tfjs', { init: 0.25 }],
      [20, 'tf.relu', 'relu', 'tfjs'],
      [21, 'tf.leakyRelu', 'leaky_relu', 'tfjs', { negative_slope: 0.1 }],
      [22, 'tf.sigmoid', 'sigmoid', 'tfjs'],
      [22, 'tf.elu', 'elu', 'tfjs'],
      [23, 'tf.selu', 'selu', 'tfjs'],
      [23, 'tf.softplus', 'softplus', 'tfjs'],
      [24, 'd.tanh', 'tanh', 'tfjs'],
      [26, 'e.relu', 'relu', 'tfjs'],
    ],
  },
  'libtorch_model.cpp': {
    lang: 'cpp',
    rows: [
      [11, 'torch::nn::LeakyReLU', 'leaky_relu', 'libtorch', { negative_slope: 0.2 }],
      [11, 'torch::nn::LeakyReLUOptions', 'leaky_relu', 'libtorch', { negative_slope: 0.2 }],
      [12, 'torch::nn::GELU', 'gelu_tanh', 'libtorch'],
      [12, 'torch::nn::GELUOptions', 'gelu_tanh', 'libtorch'],
      [13, 'torch::nn::ReLU', 'relu', 'libtorch'],
      [13, 'torch::nn::ReLUOptions', 'relu', 'libtorch'],
      [14, 'torch::nn::Softplus', 'softplus', 'libtorch', { beta: 2, threshold: 10 }],
      [14, 'torch::nn::SoftplusOptions', 'softplus', 'libtorch', { beta: 2, threshold: 10 }],
      [18, 'torch::relu', 'relu', 'libtorch'],
      [20, 'F::gelu', 'gelu', 'libtorch'],
      [20, 'F::GELUFuncOptions', 'gelu', 'libtorch'],
      [21, 'F::leaky_relu', 'leaky_relu', 'libtorch', { negative_slope: 0.05 }],
      [21, 'F::LeakyReLUFuncOptions', 'leaky_relu', 'libtorch', { negative_slope: 0.05 }],
      [22, 'torch::sigmoid', 'sigmoid', 'libtorch'],
      [22, 'x.relu', 'relu', 'libtorch'],
      [22, 'torch::tanh', 'tanh', 'libtorch'],
      [23, 'F::elu', 'elu', 'libtorch', { alpha: 0.5 }],
      [23, 'F::ELUFuncOptions', 'elu', 'libtorch', { alpha: 0.5 }],
      // member declarations name the module types
      [28, 'torch::nn::LeakyReLU', 'leaky_relu', 'libtorch'],
      [29, 'torch::nn::GELU', 'gelu', 'libtorch'],
      [30, 'torch::nn::ReLU', 'relu', 'libtorch'],
      [31, 'torch::nn::Softplus', 'softplus', 'libtorch'],
    ],
  },
  'flux_model.jl': {
    lang: 'julia',
    rows: [
      [11, 'relu', 'relu', 'nnlib'],
      [12, 'leakyrelu', 'leaky_relu', 'nnlib', { negative_slope: 0.2 }],
      [13, 'tanh', 'tanh', 'nnlib'],
      [14, 'gelu', 'gelu_tanh', 'nnlib'],
      [15, 'σ', 'sigmoid', 'nnlib'],
      [24, 'NNlib.elu', 'elu', 'nnlib', { alpha: 0.5 }],
      [29, 'celu', 'celu', 'nnlib'],
      [29, 'relu', 'relu', 'nnlib'],
      [29, 'softplus', 'softplus', 'nnlib'],
      [30, 'swish', 'silu', 'nnlib'],
      [30, 'mish', 'mish', 'nnlib'],
      [31, 'NNlib.leakyrelu', 'leaky_relu', 'nnlib', { negative_slope: 0.1 }],
    ],
  },
};

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** Offsets a hover on `m` may come from: the name, or the whole string literal with its quotes. */
function covers(m: ActivationMatch, offset: number): boolean {
  const quoted = m.alias !== undefined && /^["'`]/.test(m.alias);
  return quoted ? m.start - 1 <= offset && offset <= m.end + 1 : m.start <= offset && offset <= m.end;
}

describe('recognize: fixture files', () => {
  for (const [file, { lang, rows }] of Object.entries(expected)) {
    const text = readFileSync(join(FIXTURES, file), 'utf8');

    test(`${file}: exactly the expected activations`, () => {
      const found = findActivations(text, lang).map((m) => [
        lineOf(text, m.start),
        m.alias,
        m.id,
        m.framework,
        m.params,
        m.nonliteral,
      ]);
      const want = rows.map(([line, alias, id, fw, params, nonliteral]) => [
        line,
        alias,
        id,
        fw,
        params ?? defaultsFor(id, fw),
        nonliteral,
      ]);
      assert.deepEqual(found, want);
    });

    test(`${file}: a hover at every offset agrees with the scan`, () => {
      const all = findActivations(text, lang);
      const resolver = createResolver();
      let hovered = 0;
      for (let offset = 0; offset <= text.length; offset++) {
        const m = resolver.resolveAt(text, offset, lang, `file:///${file}@1`);
        const scan = all.filter((x) => covers(x, offset));
        if (m) {
          hovered++;
          assert.ok(
            scan.some((x) => x.start === m.start && x.end === m.end),
            `hover at ${offset} (line ${lineOf(text, offset)}) found ${JSON.stringify(m)}, the scan did not`,
          );
          assert.deepEqual(m, all.find((x) => x.start === m.start));
        } else {
          // nothing under the cursor: the scan has nothing there either (tensor-method receivers aside)
          const strict = scan.filter((x) => x.start <= offset && offset < x.end);
          assert.deepEqual(strict, [], `scan found ${JSON.stringify(strict)} at ${offset} where the hover found nothing`);
        }
      }
      assert.ok(hovered > rows.length);
    });
  }
});
