// Which frameworks know each activation, under which names and with which defaults, and where they disagree.
// Pure data: no `vscode`, no DOM. The recognizer reads its defaults from here, so this is the one source of truth.

export type Framework = 'pytorch' | 'keras' | 'tensorflow' | 'jax' | 'flax' | 'tfjs' | 'libtorch' | 'nnlib';

export const FRAMEWORKS: readonly Framework[] = [
  'pytorch',
  'keras',
  'tensorflow',
  'jax',
  'flax',
  'tfjs',
  'libtorch',
  'nnlib',
];

/** Display names, e.g. for a hover's "known as" line. */
export const frameworkLabels: Readonly<Record<Framework, string>> = {
  pytorch: 'PyTorch',
  keras: 'Keras',
  tensorflow: 'TensorFlow',
  jax: 'JAX',
  flax: 'Flax',
  tfjs: 'TensorFlow.js',
  libtorch: 'LibTorch (C++)',
  nnlib: 'NNlib.jl / Flux',
};

/**
 * Canonical parameters and their defaults (PyTorch's where PyTorch has the function; softplus's threshold is
 * Infinity, the pure function, while PyTorch's modules default to 20: see `frameworkInfo.softplus.defaults`).
 */
export const canonicalDefaults = {
  sigmoid: {},
  tanh: {},
  relu: {},
  relu6: {},
  leaky_relu: { negative_slope: 0.01 },
  prelu: { init: 0.25 },
  rrelu: { lower: 1 / 8, upper: 1 / 3 },
  elu: { alpha: 1 },
  celu: { alpha: 1 },
  selu: {},
  gelu: {},
  gelu_tanh: {},
  silu: {},
  swish: { beta: 1 },
  mish: {},
  softplus: { beta: 1, threshold: Infinity },
  softsign: {},
  logsigmoid: {},
  hardsigmoid: {},
  hard_sigmoid_v1: {},
  hardswish: {},
  hardtanh: { min_val: -1, max_val: 1 },
  hardshrink: { lambd: 0.5 },
  softshrink: { lambd: 0.5 },
  tanhshrink: {},
  threshold: { threshold: 0, value: 0 },
  squareplus: { b: 4 },
  sparse_plus: {},
  sparse_sigmoid: {},
  exponential: {},
  linear: {},
  lisht: {},
  logcosh: {},
} as const satisfies Record<string, Readonly<Record<string, number>>>;

export type ActivationId = keyof typeof canonicalDefaults;

export const ACTIVATION_IDS = Object.keys(canonicalDefaults) as ActivationId[];

export function isActivationId(id: string): id is ActivationId {
  return Object.prototype.hasOwnProperty.call(canonicalDefaults, id);
}

export interface FrameworkActivation {
  /** How code writes it, per framework (short forms: `nn.` = torch.nn, `F.` = torch.nn.functional, `tf.` ...). */
  names: Partial<Record<Framework, string[]>>;
  /** A framework's defaults where they differ from `canonicalDefaults`. */
  defaults?: Partial<Record<Framework, Record<string, number>>>;
  /**
   * Defaults of single APIs that differ from their framework's usual ones (e.g. Keras's LeakyReLU layer), per
   * framework, keyed by a name from `names`.
   */
  apiDefaults?: Partial<Record<Framework, Record<string, Record<string, number>>>>;
  /** Where frameworks disagree: short plain-English sentences. */
  notes: string[];
}

const KINK_NOTE = 'PyTorch and JAX take the derivative at the kink to be 0.';

export const frameworkInfo: Record<ActivationId, FrameworkActivation> = {
  sigmoid: {
    names: {
      pytorch: ['nn.Sigmoid', 'torch.sigmoid', 'F.sigmoid', 'torch.special.expit', 'Tensor.sigmoid'],
      keras: ["'sigmoid'", 'keras.activations.sigmoid', 'keras.ops.sigmoid', 'K.sigmoid'],
      tensorflow: ['tf.sigmoid', 'tf.math.sigmoid', 'tf.nn.sigmoid'],
      jax: ['jax.nn.sigmoid', 'stax.Sigmoid'],
      flax: ['nn.sigmoid', 'nnx.sigmoid'],
      tfjs: ["'sigmoid'", 'tf.sigmoid', 'Tensor.sigmoid'],
      libtorch: ['torch::sigmoid', 'torch::nn::Sigmoid', 'torch::special::expit', 'Tensor::sigmoid'],
      nnlib: ['σ', 'sigmoid', 'sigmoid_fast'],
    },
    notes: ['sigmoid and logistic are the same function; its derivative peaks at 0.25, at x = 0.'],
  },
  tanh: {
    names: {
      pytorch: ['nn.Tanh', 'torch.tanh', 'F.tanh', 'Tensor.tanh'],
      keras: ["'tanh'", 'keras.activations.tanh', 'keras.ops.tanh', 'K.tanh'],
      tensorflow: ['tf.tanh', 'tf.math.tanh', 'tf.nn.tanh'],
      jax: ['jax.nn.tanh', 'jnp.tanh', 'stax.Tanh'],
      flax: ['nn.tanh', 'nnx.tanh'],
      tfjs: ["'tanh'", 'tf.tanh', 'Tensor.tanh'],
      libtorch: ['torch::tanh', 'torch::nn::Tanh', 'Tensor::tanh'],
      nnlib: ['tanh', 'tanh_fast'],
    },
    notes: ['The same function everywhere; NNlib swaps in tanh_fast, a few ulp less accurate, inside layers.'],
  },
  relu: {
    names: {
      pytorch: ['nn.ReLU', 'F.relu', 'F.relu_', 'torch.relu', 'torch.relu_', 'Tensor.relu'],
      keras: ["'relu'", 'keras.activations.relu', 'keras.ops.relu', 'keras.layers.ReLU', 'K.relu'],
      tensorflow: ['tf.nn.relu'],
      jax: ['jax.nn.relu', 'stax.Relu'],
      flax: ['nn.relu', 'nnx.relu'],
      tfjs: ["'relu'", 'tf.relu', 'tf.layers.reLU', 'Tensor.relu'],
      libtorch: ['torch::relu', 'torch::nn::ReLU', 'torch::nn::functional::relu', 'Tensor::relu'],
      nnlib: ['relu'],
    },
    notes: [
      KINK_NOTE,
      "Keras's relu also takes negative_slope, max_value and threshold: with max_value=6 it is relu6, " +
        'with a negative_slope it is leaky_relu.',
    ],
  },
  relu6: {
    names: {
      pytorch: ['nn.ReLU6', 'F.relu6'],
      keras: ["'relu6'", 'keras.activations.relu6', 'keras.ops.relu6', 'keras.layers.ReLU(max_value=6)'],
      tensorflow: ['tf.nn.relu6'],
      jax: ['jax.nn.relu6'],
      flax: ['nn.relu6', 'nnx.relu6'],
      tfjs: ["'relu6'", 'tf.relu6', 'tf.layers.reLU({maxValue: 6})', 'Tensor.relu6'],
      libtorch: ['torch::nn::ReLU6', 'torch::nn::functional::relu6', 'torch::relu6'],
      nnlib: ['relu6'],
    },
    notes: ['Keras 2 had no relu6 string: relu(x, max_value=6) or tf.nn.relu6.', 'Derivative 0 at both kinks (0 and 6) in PyTorch and JAX.'],
  },
  leaky_relu: {
    names: {
      pytorch: ['nn.LeakyReLU', 'F.leaky_relu', 'F.leaky_relu_'],
      keras: ["'leaky_relu'", 'keras.activations.leaky_relu', 'keras.ops.leaky_relu', 'keras.layers.LeakyReLU'],
      tensorflow: ['tf.nn.leaky_relu'],
      jax: ['jax.nn.leaky_relu', 'stax.LeakyRelu'],
      flax: ['nn.leaky_relu', 'nnx.leaky_relu'],
      tfjs: ['tf.leakyRelu', 'tf.layers.leakyReLU', 'Tensor.leakyRelu'],
      libtorch: ['torch::nn::LeakyReLU', 'torch::leaky_relu', 'torch::nn::functional::leaky_relu'],
      nnlib: ['leakyrelu'],
    },
    defaults: { keras: { negative_slope: 0.2 }, tensorflow: { negative_slope: 0.2 }, tfjs: { negative_slope: 0.2 } },
    apiDefaults: {
      keras: { 'keras.layers.LeakyReLU': { negative_slope: 0.3 } },
      tfjs: { 'tf.layers.leakyReLU': { negative_slope: 0.3 } },
    },
    notes: [
      'Default slope: 0.01 in PyTorch, JAX and NNlib; 0.2 in tf.nn, keras.activations and tf.leakyRelu; ' +
        "0.3 for Keras's and TF.js's LeakyReLU layers.",
      'The slope is called negative_slope (PyTorch, JAX, Keras 3), alpha (tf.nn, Keras 2, TF.js) or a (NNlib).',
      'At 0 the derivative is the slope in PyTorch but 1 in JAX.',
    ],
  },
  prelu: {
    names: {
      pytorch: ['nn.PReLU', 'F.prelu', 'torch.prelu'],
      keras: ['keras.layers.PReLU'],
      flax: ['nn.PReLU', 'nnx.PReLU'],
      tfjs: ['tf.prelu', 'tf.layers.prelu'],
      libtorch: ['torch::nn::PReLU', 'torch::prelu', 'torch::nn::functional::prelu'],
    },
    defaults: { keras: { init: 0 }, flax: { init: 0.01 }, tfjs: { init: 0 } },
    notes: [
      'The slope is learned; only its initial value differs: 0.25 in PyTorch, 0 in Keras and TF.js, 0.01 in Flax.',
    ],
  },
  rrelu: {
    names: {
      pytorch: ['nn.RReLU', 'F.rrelu', 'F.rrelu_', 'torch.rrelu'],
      libtorch: ['torch::nn::RReLU', 'torch::rrelu', 'torch::nn::functional::rrelu'],
      nnlib: ['rrelu'],
    },
    notes: [
      'In training the negative slope is drawn at random from U(lower, upper); in eval mode PyTorch uses the mean ' +
        '(lower + upper) / 2, which is what is plotted.',
      'NNlib draws a new random slope on every call.',
    ],
  },
  elu: {
    names: {
      pytorch: ['nn.ELU', 'F.elu', 'F.elu_'],
      keras: ["'elu'", 'keras.activations.elu', 'keras.ops.elu', 'keras.layers.ELU', 'K.elu'],
      tensorflow: ['tf.nn.elu'],
      jax: ['jax.nn.elu', 'stax.Elu'],
      flax: ['nn.elu', 'nnx.elu'],
      tfjs: ["'elu'", 'tf.elu', 'tf.layers.elu', 'Tensor.elu'],
      libtorch: ['torch::nn::ELU', 'torch::elu', 'torch::nn::functional::elu'],
      nnlib: ['elu'],
    },
    notes: ['tf.nn.elu and tf.elu (TF.js) have no alpha: it is fixed at 1.'],
  },
  celu: {
    names: {
      pytorch: ['nn.CELU', 'F.celu', 'F.celu_', 'torch.celu'],
      keras: ["'celu'", 'keras.activations.celu', 'keras.ops.celu'],
      jax: ['jax.nn.celu'],
      flax: ['nn.celu', 'nnx.celu'],
      libtorch: ['torch::nn::CELU', 'torch::celu', 'torch::nn::functional::celu'],
      nnlib: ['celu'],
    },
    notes: ['With alpha = 1 CELU equals ELU.'],
  },
  selu: {
    names: {
      pytorch: ['nn.SELU', 'F.selu', 'F.selu_', 'torch.selu'],
      keras: ["'selu'", 'keras.activations.selu', 'keras.ops.selu'],
      tensorflow: ['tf.nn.selu'],
      jax: ['jax.nn.selu', 'stax.Selu'],
      flax: ['nn.selu', 'nnx.selu'],
      tfjs: ["'selu'", 'tf.selu', 'Tensor.selu'],
      libtorch: ['torch::nn::SELU', 'torch::selu', 'torch::nn::functional::selu'],
      nnlib: ['selu'],
    },
    notes: ['Fixed constants (lambda ≈ 1.0507, alpha ≈ 1.6733) in every framework.'],
  },
  gelu: {
    names: {
      pytorch: ['nn.GELU', 'F.gelu'],
      keras: ["'gelu'", 'keras.activations.gelu', 'keras.ops.gelu(approximate=False)'],
      tensorflow: ['tf.nn.gelu'],
      jax: ['jax.nn.gelu(approximate=False)'],
      flax: ['nn.gelu(approximate=False)', 'nnx.gelu(approximate=False)'],
      tfjs: ["'gelu'"],
      libtorch: ['torch::nn::GELU', 'torch::gelu', 'torch::nn::functional::gelu'],
      nnlib: ['gelu_erf'],
    },
    notes: [
      'Default form differs: exact (erf) in PyTorch, tf.nn and keras.activations; tanh approximation in jax.nn, ' +
        'Flax, keras.ops and NNlib. The two differ by at most about 4.7e-4.',
    ],
  },
  gelu_tanh: {
    names: {
      pytorch: ["nn.GELU(approximate='tanh')", "F.gelu(approximate='tanh')"],
      keras: ['keras.ops.gelu', 'keras.activations.gelu(approximate=True)'],
      tensorflow: ['tf.nn.gelu(approximate=True)', 'tfa.layers.GELU', 'tfa.activations.gelu'],
      jax: ['jax.nn.gelu', 'stax.Gelu'],
      flax: ['nn.gelu', 'nnx.gelu'],
      tfjs: ["'gelu_new'"],
      libtorch: ['torch::nn::GELU(GELUOptions().approximate("tanh"))', 'torch::gelu(x, "tanh")'],
      nnlib: ['gelu', 'gelu_tanh'],
    },
    notes: [
      'jax.nn.gelu, keras.ops.gelu, TensorFlow Addons and NNlib.gelu default to this tanh approximation; PyTorch, ' +
        'tf.nn.gelu and keras.activations.gelu default to the exact form.',
    ],
  },
  silu: {
    names: {
      pytorch: ['nn.SiLU', 'F.silu'],
      keras: ["'silu'", "'swish'", 'keras.activations.silu', 'keras.activations.swish', 'keras.ops.silu', 'keras.ops.swish'],
      tensorflow: ['tf.nn.silu', 'tf.nn.swish'],
      jax: ['jax.nn.silu', 'jax.nn.swish'],
      flax: ['nn.silu', 'nn.swish', 'nnx.silu', 'nnx.swish'],
      tfjs: ["'swish'"],
      libtorch: ['torch::nn::SiLU', 'torch::silu', 'torch::nn::functional::silu'],
      nnlib: ['swish'],
    },
    notes: ['SiLU is swish with beta = 1; only tf.nn.silu/swish take a beta.'],
  },
  swish: {
    names: {
      tensorflow: ['tf.nn.silu(beta=...)', 'tf.nn.swish(beta=...)'],
    },
    notes: ['Only tf.nn.silu/swish expose beta (TF.js layers apply swish with alpha = 1); beta = 1 is SiLU.'],
  },
  mish: {
    names: {
      pytorch: ['nn.Mish', 'F.mish'],
      keras: ["'mish'", 'keras.activations.mish'],
      tensorflow: ['tfa.activations.mish'],
      jax: ['jax.nn.mish'],
      flax: ['nn.mish', 'nnx.mish'],
      tfjs: ["'mish'"],
      libtorch: ['torch::nn::Mish', 'torch::mish', 'torch::nn::functional::mish'],
      nnlib: ['mish'],
    },
    notes: ['The same function everywhere.'],
  },
  softplus: {
    names: {
      pytorch: ['nn.Softplus', 'F.softplus'],
      keras: ["'softplus'", 'keras.activations.softplus', 'keras.ops.softplus', 'K.softplus'],
      tensorflow: ['tf.nn.softplus', 'tf.math.softplus'],
      jax: ['jax.nn.softplus', 'stax.Softplus'],
      flax: ['nn.softplus', 'nnx.softplus'],
      tfjs: ["'softplus'", 'tf.softplus', 'Tensor.softplus'],
      libtorch: ['torch::nn::Softplus', 'torch::softplus', 'torch::nn::functional::softplus'],
      nnlib: ['softplus'],
    },
    defaults: { pytorch: { threshold: 20 }, libtorch: { threshold: 20 } },
    notes: [
      'Only PyTorch has beta and threshold: it returns x where beta * x > threshold (default 20); everywhere else ' +
        'softplus is the pure log(1 + e^x).',
    ],
  },
  softsign: {
    names: {
      pytorch: ['nn.Softsign', 'F.softsign'],
      keras: ["'softsign'", 'keras.activations.softsign', 'keras.ops.softsign', 'K.softsign'],
      tensorflow: ['tf.nn.softsign', 'tf.math.softsign'],
      jax: ['jax.nn.soft_sign'],
      flax: ['nn.soft_sign', 'nnx.soft_sign'],
      tfjs: ["'softsign'"],
      libtorch: ['torch::nn::Softsign', 'torch::nn::functional::softsign'],
      nnlib: ['softsign'],
    },
    notes: ['JAX spells it soft_sign.'],
  },
  logsigmoid: {
    names: {
      pytorch: ['nn.LogSigmoid', 'F.logsigmoid'],
      keras: ["'log_sigmoid'", 'keras.activations.log_sigmoid', 'keras.ops.log_sigmoid'],
      tensorflow: ['tf.math.log_sigmoid'],
      jax: ['jax.nn.log_sigmoid'],
      flax: ['nn.log_sigmoid', 'nnx.log_sigmoid'],
      tfjs: ['tf.logSigmoid', 'Tensor.logSigmoid'],
      libtorch: ['torch::nn::LogSigmoid', 'torch::log_sigmoid', 'torch::nn::functional::logsigmoid'],
      nnlib: ['logσ', 'logsigmoid'],
    },
    notes: ['log(sigmoid(x)) computed as -softplus(-x); a naive log of sigmoid gives -inf below about -710.'],
  },
  hardsigmoid: {
    names: {
      pytorch: ['nn.Hardsigmoid', 'F.hardsigmoid'],
      keras: ["'hard_sigmoid' (Keras 3)", 'keras.activations.hard_sigmoid', 'keras.ops.hard_sigmoid'],
      jax: ['jax.nn.hard_sigmoid'],
      flax: ['nn.hard_sigmoid', 'nnx.hard_sigmoid'],
      libtorch: ['torch::hardsigmoid'],
      nnlib: ['hardσ', 'hardsigmoid'],
    },
    notes: [
      'Two different functions share the name hard sigmoid: x/6 + 1/2 clipped to [0, 1] (PyTorch, JAX, Keras 3, ' +
        'NNlib) and 0.2x + 0.5 clipped (Keras 2 / tf.keras, TF.js).',
    ],
  },
  hard_sigmoid_v1: {
    names: {
      keras: ["'hard_sigmoid' (tf.keras / Keras 2)", 'tf.keras.activations.hard_sigmoid', 'K.hard_sigmoid'],
      tfjs: ["'hardSigmoid'"],
    },
    notes: [
      'Keras 2 (tf.keras) and TF.js: 0.2x + 0.5 clipped to [0, 1], saturating at ±2.5; Keras 3 switched ' +
        "'hard_sigmoid' to PyTorch's x/6 + 1/2.",
    ],
  },
  hardswish: {
    names: {
      pytorch: ['nn.Hardswish', 'F.hardswish'],
      keras: [
        "'hard_silu'",
        "'hard_swish'",
        'keras.activations.hard_silu',
        'keras.activations.hard_swish',
        'keras.ops.hard_silu',
        'keras.ops.hard_swish',
      ],
      jax: ['jax.nn.hard_silu', 'jax.nn.hard_swish'],
      flax: ['nn.hard_silu', 'nn.hard_swish', 'nnx.hard_silu', 'nnx.hard_swish'],
      libtorch: ['torch::hardswish'],
      nnlib: ['hardswish'],
    },
    notes: ["PyTorch's derivative at x = 3 is 1.5 on its scalar path and 1.0 on its vectorised path."],
  },
  hardtanh: {
    names: {
      pytorch: ['nn.Hardtanh', 'F.hardtanh', 'F.hardtanh_'],
      keras: ["'hard_tanh'", 'keras.activations.hard_tanh', 'keras.ops.hard_tanh'],
      jax: ['jax.nn.hard_tanh'],
      flax: ['nn.hard_tanh', 'nnx.hard_tanh'],
      libtorch: ['torch::nn::Hardtanh', 'torch::hardtanh', 'torch::nn::functional::hardtanh'],
      nnlib: ['hardtanh'],
    },
    notes: [
      'Only PyTorch lets you move the range (min_val, max_val); elsewhere it is fixed at [-1, 1].',
      'The derivative at ±1 is 0 in PyTorch but 1 in JAX.',
    ],
  },
  hardshrink: {
    names: {
      pytorch: ['nn.Hardshrink', 'F.hardshrink', 'Tensor.hardshrink'],
      keras: ["'hard_shrink'", 'keras.activations.hard_shrink', 'keras.ops.hard_shrink'],
      libtorch: ['torch::nn::Hardshrink', 'torch::hardshrink', 'torch::nn::functional::hardshrink'],
    },
    notes: ['The parameter is lambd in PyTorch, lambda in LibTorch and threshold in Keras.'],
  },
  softshrink: {
    names: {
      pytorch: ['nn.Softshrink', 'F.softshrink'],
      keras: ["'soft_shrink'", 'keras.activations.soft_shrink', 'keras.ops.soft_shrink'],
      libtorch: ['torch::nn::Softshrink', 'torch::softshrink', 'torch::nn::functional::softshrink'],
      nnlib: ['softshrink'],
    },
    notes: ['The parameter is lambd in PyTorch, lambda in LibTorch, threshold in Keras and λ in NNlib.'],
  },
  tanhshrink: {
    names: {
      pytorch: ['nn.Tanhshrink', 'F.tanhshrink'],
      keras: ["'tanh_shrink'", 'keras.activations.tanh_shrink', 'keras.ops.tanh_shrink'],
      tensorflow: ['tfa.activations.tanhshrink'],
      libtorch: ['torch::nn::Tanhshrink', 'torch::nn::functional::tanhshrink'],
      nnlib: ['tanhshrink'],
    },
    notes: ['x - tanh(x) loses all precision near 0 when computed naively.'],
  },
  threshold: {
    names: {
      pytorch: ['nn.Threshold', 'F.threshold', 'F.threshold_', 'torch.threshold'],
      keras: ['keras.activations.threshold', 'keras.ops.threshold', 'keras.layers.ThresholdedReLU', 'keras.activations.relu(threshold=...)'],
      tfjs: ['tf.layers.thresholdedReLU'],
      libtorch: ['torch::nn::Threshold', 'torch::threshold', 'torch::nn::functional::threshold'],
      nnlib: ['trelu', 'thresholdrelu'],
    },
    defaults: { nnlib: { threshold: 1 } },
    apiDefaults: {
      keras: { 'keras.layers.ThresholdedReLU': { threshold: 1 } },
      tfjs: { 'tf.layers.thresholdedReLU': { threshold: 1 } },
    },
    notes: [
      'PyTorch requires both threshold and value; Keras calls value default_value; ThresholdedReLU layers and ' +
        "NNlib's trelu fix value at 0 and default the threshold (theta) to 1.",
    ],
  },
  squareplus: {
    names: {
      keras: ["'squareplus'", 'keras.activations.squareplus', 'keras.ops.squareplus'],
      jax: ['jax.nn.squareplus'],
      flax: ['nn.squareplus', 'nnx.squareplus'],
    },
    notes: ['Only Keras 3 and JAX have it; b defaults to 4.'],
  },
  sparse_plus: {
    names: {
      keras: ["'sparse_plus'", 'keras.activations.sparse_plus', 'keras.ops.sparse_plus'],
      jax: ['jax.nn.sparse_plus'],
      flax: ['nn.sparse_plus', 'nnx.sparse_plus'],
    },
    notes: ['Only Keras 3 and JAX have it.'],
  },
  sparse_sigmoid: {
    names: {
      keras: ["'sparse_sigmoid'", 'keras.activations.sparse_sigmoid', 'keras.ops.sparse_sigmoid'],
      jax: ['jax.nn.sparse_sigmoid'],
      flax: ['nn.sparse_sigmoid', 'nnx.sparse_sigmoid'],
    },
    notes: ['Only Keras 3 and JAX have it.'],
  },
  exponential: {
    names: {
      keras: ["'exponential'", 'keras.activations.exponential'],
    },
    notes: ['Keras only: the plain e^x.'],
  },
  linear: {
    names: {
      keras: ["'linear'", 'keras.activations.linear'],
      tfjs: ["'linear'"],
    },
    notes: ['The identity; what Keras and TF.js layers use when no activation is given.'],
  },
  lisht: {
    names: { nnlib: ['lisht'], tensorflow: ['tfa.activations.lisht'] },
    notes: ['NNlib and TensorFlow Addons only.'],
  },
  logcosh: {
    names: { nnlib: ['logcosh'] },
    notes: ['NNlib only.'],
  },
};

/** Last segment of a dotted or `::` name: 'layers.LeakyReLU' -> 'LeakyReLU'. */
function lastSegment(name: string): string {
  const m = /([^.:\s]+)\s*$/.exec(name);
  return m ? m[1]! : name;
}

/**
 * Every parameter of `id` with its default in `framework`. `api` picks an API's own defaults where it differs from
 * its framework's (e.g. Keras's LeakyReLU layer): a key of `apiDefaults`, or the name as written in code
 * ('layers.LeakyReLU', 'LeakyReLU'), matched by its last segment within the framework.
 */
export function defaultsFor(id: ActivationId, framework: Framework, api?: string): Record<string, number> {
  const info = frameworkInfo[id];
  let own: Record<string, number> | undefined;
  const byApi = info.apiDefaults?.[framework];
  if (api !== undefined && byApi) {
    own = byApi[api];
    if (!own) {
      const last = lastSegment(api);
      for (const [key, value] of Object.entries(byApi)) if (lastSegment(key) === last) own = value;
    }
  }
  return { ...canonicalDefaults[id], ...(info.defaults?.[framework] ?? {}), ...(own ?? {}) };
}
