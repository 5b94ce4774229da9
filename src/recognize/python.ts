// Python libraries: PyTorch, Keras 3 and tf.keras (Keras 2), tf.nn, JAX and Flax.

import type { ActivationId, Framework } from '../core/frameworks';
import { table, type Api, type ModuleTable } from './api';
import type { DocInfo } from './imports';

const TORCH_NN = table('pytorch', 'nn.', {
  ReLU: ['relu', ['']],
  ReLU6: ['relu6', ['']],
  LeakyReLU: ['leaky_relu', ['negative_slope', '']],
  PReLU: ['prelu', ['', 'init']],
  RReLU: ['rrelu', ['lower', 'upper', '']],
  ELU: ['elu', ['alpha', '']],
  CELU: ['celu', ['alpha', '']],
  SELU: ['selu', ['']],
  GELU: ['gelu', ['approximate'], { variant: 'gelu' }],
  SiLU: ['silu', ['']],
  Mish: ['mish', ['']],
  Softplus: ['softplus', ['beta', 'threshold']],
  Softsign: ['softsign', []],
  LogSigmoid: ['logsigmoid', []],
  Hardsigmoid: ['hardsigmoid', ['']],
  Hardswish: ['hardswish', ['']],
  Hardtanh: ['hardtanh', ['min_val', 'max_val', ''], { kw: { min_value: 'min_val', max_value: 'max_val' } }],
  Hardshrink: ['hardshrink', ['lambd']],
  Softshrink: ['softshrink', ['lambd']],
  Tanhshrink: ['tanhshrink', []],
  Threshold: ['threshold', ['threshold', 'value', '']],
  Sigmoid: ['sigmoid', []],
  Tanh: ['tanh', []],
});

const TORCH_F = table('pytorch', 'F.', {
  relu: ['relu', ['', '']],
  relu_: ['relu', ['']],
  relu6: ['relu6', ['', '']],
  leaky_relu: ['leaky_relu', ['', 'negative_slope', '']],
  leaky_relu_: ['leaky_relu', ['', 'negative_slope']],
  prelu: ['prelu', ['', 'init'], { kw: { weight: 'init' } }],
  rrelu: ['rrelu', ['', 'lower', 'upper', '', '']],
  rrelu_: ['rrelu', ['', 'lower', 'upper', '']],
  elu: ['elu', ['', 'alpha', '']],
  elu_: ['elu', ['', 'alpha']],
  celu: ['celu', ['', 'alpha', '']],
  celu_: ['celu', ['', 'alpha']],
  selu: ['selu', ['', '']],
  selu_: ['selu', ['']],
  gelu: ['gelu', ['', 'approximate'], { variant: 'gelu' }],
  silu: ['silu', ['', '']],
  mish: ['mish', ['', '']],
  softplus: ['softplus', ['', 'beta', 'threshold']],
  softsign: ['softsign', ['']],
  logsigmoid: ['logsigmoid', ['']],
  hardsigmoid: ['hardsigmoid', ['', '']],
  hardswish: ['hardswish', ['', '']],
  hardtanh: ['hardtanh', ['', 'min_val', 'max_val', '']],
  hardtanh_: ['hardtanh', ['', 'min_val', 'max_val']],
  hardshrink: ['hardshrink', ['', 'lambd']],
  softshrink: ['softshrink', ['', 'lambd']],
  tanhshrink: ['tanhshrink', ['']],
  threshold: ['threshold', ['', 'threshold', 'value', '']],
  threshold_: ['threshold', ['', 'threshold', 'value']],
  sigmoid: ['sigmoid', ['']],
  tanh: ['tanh', ['']],
});

const TORCH = table('pytorch', 'torch.', {
  sigmoid: ['sigmoid', ['']],
  sigmoid_: ['sigmoid', ['']],
  tanh: ['tanh', ['']],
  tanh_: ['tanh', ['']],
  relu: ['relu', ['']],
  relu_: ['relu', ['']],
  selu: ['selu', ['']],
  selu_: ['selu', ['']],
  celu: ['celu', ['', 'alpha']],
  celu_: ['celu', ['', 'alpha']],
  rrelu: ['rrelu', ['', 'lower', 'upper', '']],
  rrelu_: ['rrelu', ['', 'lower', 'upper', '']],
  prelu: ['prelu', ['', 'init'], { kw: { weight: 'init' } }],
  threshold: ['threshold', ['', 'threshold', 'value']],
  threshold_: ['threshold', ['', 'threshold', 'value']],
});

const TORCH_SPECIAL = table('pytorch', 'torch.special.', { expit: ['sigmoid', ['']] });

/** keras.activations (3) / tf.keras.activations (2); `v` only changes what 'hard_sigmoid' means. */
function kerasActivations(v: 2 | 3): ModuleTable {
  const t = table('keras', 'keras.activations.', {
    relu: ['relu', ['', 'negative_slope', 'max_value', 'threshold'], { variant: 'relu', kw: { alpha: 'negative_slope' } }],
    relu6: ['relu6', ['']],
    sigmoid: ['sigmoid', ['']],
    tanh: ['tanh', ['']],
    softplus: ['softplus', ['']],
    softsign: ['softsign', ['']],
    silu: ['silu', ['']],
    swish: ['silu', ['']],
    gelu: ['gelu', ['', 'approximate'], { variant: 'gelu' }],
    elu: ['elu', ['', 'alpha']],
    selu: ['selu', ['']],
    exponential: ['exponential', ['']],
    hard_sigmoid: [v === 3 ? 'hardsigmoid' : 'hard_sigmoid_v1', ['']],
    hard_silu: ['hardswish', ['']],
    hard_swish: ['hardswish', ['']],
    linear: ['linear', ['']],
    mish: ['mish', ['']],
    log_sigmoid: ['logsigmoid', ['']],
    leaky_relu: ['leaky_relu', ['', 'negative_slope'], { kw: { alpha: 'negative_slope' } }],
    celu: ['celu', ['', 'alpha']],
    hard_tanh: ['hardtanh', ['']],
    squareplus: ['squareplus', ['', 'b']],
    sparse_plus: ['sparse_plus', ['']],
    sparse_sigmoid: ['sparse_sigmoid', ['']],
    soft_shrink: ['softshrink', ['', 'lambd'], { kw: { threshold: 'lambd' } }],
    hard_shrink: ['hardshrink', ['', 'lambd'], { kw: { threshold: 'lambd' } }],
    tanh_shrink: ['tanhshrink', ['']],
    threshold: ['threshold', ['', 'threshold', 'value'], { kw: { default_value: 'value' } }],
  });
  return v === 3 ? t : { ...t, hard_sigmoid: { ...t.hard_sigmoid!, display: 'tf.keras.activations.hard_sigmoid' } };
}

const KERAS_OPS = table('keras', 'keras.ops.', {
  relu: ['relu', ['']],
  relu6: ['relu6', ['']],
  sigmoid: ['sigmoid', ['']],
  tanh: ['tanh', ['']],
  softplus: ['softplus', ['']],
  softsign: ['softsign', ['']],
  silu: ['silu', ['']],
  swish: ['silu', ['']],
  log_sigmoid: ['logsigmoid', ['']],
  leaky_relu: ['leaky_relu', ['', 'negative_slope']],
  hard_sigmoid: ['hardsigmoid', ['']],
  hard_silu: ['hardswish', ['']],
  hard_swish: ['hardswish', ['']],
  elu: ['elu', ['', 'alpha']],
  selu: ['selu', ['']],
  gelu: ['gelu_tanh', ['', 'approximate'], { variant: 'gelu', tanhDefault: true }],
  celu: ['celu', ['', 'alpha']],
  hard_tanh: ['hardtanh', ['']],
  hard_shrink: ['hardshrink', ['', 'lambd'], { kw: { threshold: 'lambd' } }],
  soft_shrink: ['softshrink', ['', 'lambd'], { kw: { threshold: 'lambd' } }],
  tanh_shrink: ['tanhshrink', ['']],
  threshold: ['threshold', ['', 'threshold', 'value'], { kw: { default_value: 'value' } }],
  squareplus: ['squareplus', ['', 'b']],
  sparse_plus: ['sparse_plus', ['']],
  sparse_sigmoid: ['sparse_sigmoid', ['']],
});

/** keras.layers and tf.keras.layers: the activation layers (others take an `activation` argument). */
const KERAS_LAYERS = table('keras', 'keras.layers.', {
  ReLU: ['relu', ['max_value', 'negative_slope', 'threshold'], { variant: 'relu' }],
  LeakyReLU: ['leaky_relu', ['negative_slope'], { kw: { alpha: 'negative_slope' }, dkey: 'keras.layers.LeakyReLU' }],
  PReLU: ['prelu', ['@init'], { kw: { alpha_initializer: '@init' } }],
  ELU: ['elu', ['alpha']],
  ThresholdedReLU: ['threshold', ['threshold'], { kw: { theta: 'threshold' }, dkey: 'keras.layers.ThresholdedReLU' }],
});

/** Keras 2 backend (`from keras import backend as K`). */
const KERAS_BACKEND = table('keras', 'K.', {
  relu: ['relu', ['', 'negative_slope', 'max_value', 'threshold'], { variant: 'relu', kw: { alpha: 'negative_slope' } }],
  elu: ['elu', ['', 'alpha']],
  sigmoid: ['sigmoid', ['']],
  tanh: ['tanh', ['']],
  softplus: ['softplus', ['']],
  softsign: ['softsign', ['']],
  hard_sigmoid: ['hard_sigmoid_v1', ['']],
});

const TF_NN = table('tensorflow', 'tf.nn.', {
  relu: ['relu', ['']],
  relu6: ['relu6', ['']],
  leaky_relu: ['leaky_relu', ['', 'negative_slope'], { kw: { alpha: 'negative_slope' } }],
  elu: ['elu', ['']],
  selu: ['selu', ['']],
  gelu: ['gelu', ['', 'approximate'], { variant: 'gelu' }],
  silu: ['silu', ['', 'beta'], { variant: 'swish' }],
  swish: ['silu', ['', 'beta'], { variant: 'swish' }],
  sigmoid: ['sigmoid', ['']],
  tanh: ['tanh', ['']],
  softplus: ['softplus', ['']],
  softsign: ['softsign', ['']],
});

const TF_MATH = table('tensorflow', 'tf.math.', {
  sigmoid: ['sigmoid', ['']],
  tanh: ['tanh', ['']],
  softplus: ['softplus', ['']],
  softsign: ['softsign', ['']],
  log_sigmoid: ['logsigmoid', ['']],
});

const TF = table('tensorflow', 'tf.', {
  sigmoid: ['sigmoid', ['']],
  tanh: ['tanh', ['']],
});

function jaxNn(fw: 'jax' | 'flax', prefix: string): ModuleTable {
  return table(fw, prefix, {
    relu: ['relu', ['']],
    relu6: ['relu6', ['']],
    sigmoid: ['sigmoid', ['']],
    tanh: ['tanh', ['']],
    softplus: ['softplus', ['']],
    sparse_plus: ['sparse_plus', ['']],
    sparse_sigmoid: ['sparse_sigmoid', ['']],
    soft_sign: ['softsign', ['']],
    silu: ['silu', ['']],
    swish: ['silu', ['']],
    log_sigmoid: ['logsigmoid', ['']],
    leaky_relu: ['leaky_relu', ['', 'negative_slope']],
    hard_sigmoid: ['hardsigmoid', ['']],
    hard_silu: ['hardswish', ['']],
    hard_swish: ['hardswish', ['']],
    hard_tanh: ['hardtanh', ['']],
    elu: ['elu', ['', 'alpha']],
    celu: ['celu', ['', 'alpha']],
    selu: ['selu', ['']],
    gelu: ['gelu_tanh', ['', 'approximate'], { variant: 'gelu', tanhDefault: true }],
    squareplus: ['squareplus', ['', 'b']],
    mish: ['mish', ['']],
    ...(fw === 'flax' ? { PReLU: ['prelu', ['', 'init'], { kw: { negative_slope_init: 'init' } }] as const } : {}),
  });
}

const JAX_NUMPY = table('jax', 'jnp.', { tanh: ['tanh', ['']] });

/**
 * stax (jax.example_libraries.stax, formerly jax.experimental.stax): layers that apply jax.nn functions with their
 * defaults, used as values (`stax.serial(Dense(512), Relu)`), so they take no arguments.
 */
const STAX = table('jax', 'stax.', {
  Relu: ['relu'],
  Sigmoid: ['sigmoid'],
  Tanh: ['tanh'],
  Elu: ['elu'],
  LeakyRelu: ['leaky_relu'],
  Selu: ['selu'],
  Gelu: ['gelu_tanh'],
  Softplus: ['softplus'],
});

/** TensorFlow Addons (tfa): its GELU layer and gelu function default to the tanh approximation. */
const TFA_LAYERS = table('tensorflow', 'tfa.layers.', {
  GELU: ['gelu_tanh', ['approximate'], { variant: 'gelu', tanhDefault: true }],
});
const TFA_ACTIVATIONS = table('tensorflow', 'tfa.activations.', {
  gelu: ['gelu_tanh', ['', 'approximate'], { variant: 'gelu', tanhDefault: true }],
  mish: ['mish', ['']],
  lisht: ['lisht', ['']],
  tanhshrink: ['tanhshrink', ['']],
});

/** Canonical module path -> its table. Paths are normalised by `normalizePath` first. */
const MODULES: Readonly<Record<string, ModuleTable>> = {
  'torch.nn': TORCH_NN,
  'torch.nn.functional': TORCH_F,
  torch: TORCH,
  'torch.special': TORCH_SPECIAL,
  'keras.activations': kerasActivations(3),
  'tfkeras.activations': kerasActivations(2),
  'keras.ops': KERAS_OPS,
  'keras.layers': KERAS_LAYERS,
  'tfkeras.layers': KERAS_LAYERS,
  'keras.backend': KERAS_BACKEND,
  'tfkeras.backend': KERAS_BACKEND,
  'tensorflow.nn': TF_NN,
  'tensorflow.math': TF_MATH,
  tensorflow: TF,
  'jax.nn': jaxNn('jax', 'jax.nn.'),
  'jax.numpy': JAX_NUMPY,
  'flax.linen': jaxNn('flax', 'nn.'),
  'flax.nnx': jaxNn('flax', 'nnx.'),
  // the pre-Linen `flax.nn` API re-exported jax.nn's activations
  'flax.nn': jaxNn('flax', 'nn.'),
  'jax.example_libraries.stax': STAX,
  'tensorflow_addons.layers': TFA_LAYERS,
  'tensorflow_addons.activations': TFA_ACTIVATIONS,
};

/** Rewrites of module prefixes onto the canonical ones, first match wins. */
const REWRITES: readonly [string, string][] = [
  ['tensorflow.compat.v1.', 'tensorflow.'],
  ['tensorflow.compat.v2.', 'tensorflow.'],
  ['tensorflow.python.keras.', 'tfkeras.'],
  ['tensorflow.contrib.keras.', 'tfkeras.'],
  ['tensorflow.keras.', 'tfkeras.'],
  ['tf_keras.', 'tfkeras.'],
  ['keras.src.', 'keras.'],
  ['keras.api.', 'keras.'],
  ['torch.nn.modules.activation.', 'torch.nn.'],
  ['torch.nn.modules.', 'torch.nn.'],
  ['flax.linen.activation.', 'flax.linen.'],
  ['flax.nn.activation.', 'flax.nn.'],
  ['jax.experimental.stax.', 'jax.example_libraries.stax.'],
  ['flax.experimental.nnx.', 'flax.nnx.'],
  ['flax.nnx.nn.activations.', 'flax.nnx.'],
  ['jax._src.nn.functions.', 'jax.nn.'],
  ['jax.numpy.', 'jax.numpy.'],
];

/** Keras 2-only module paths (standalone Keras before 3 had these). */
const KERAS2_LAYER_PREFIXES = ['keras.layers.advanced_activations.', 'keras.layers.core.', 'keras.layers.activation.'];

export function normalizePath(path: string): string {
  let p = path;
  for (const [from, to] of REWRITES) {
    if (p.startsWith(from)) {
      p = to + p.slice(from.length);
      break;
    }
  }
  for (const pre of KERAS2_LAYER_PREFIXES) {
    if (p.startsWith(pre)) return 'tfkeras.layers.' + p.slice(pre.length);
    if (p.startsWith('tf' + pre)) return 'tfkeras.layers.' + p.slice(pre.length + 2);
  }
  if (p.startsWith('keras.src.')) p = 'keras.' + p.slice(10);
  if (p.startsWith('keras.ops.nn.')) p = 'keras.ops.' + p.slice(13);
  if (p.startsWith('keras.layers.activations.')) p = 'keras.layers.' + p.slice(25);
  return p;
}

const lookupCache = new Map<string, Api | null>();

export function lookupPython(path: string): Api | undefined {
  const cached = lookupCache.get(path);
  if (cached !== undefined) return cached ?? undefined;
  const p = normalizePath(path);
  const dot = p.lastIndexOf('.');
  const mod = dot < 0 ? undefined : MODULES[p.slice(0, dot)];
  const name = p.slice(dot + 1);
  const api = mod && Object.prototype.hasOwnProperty.call(mod, name) ? mod[name]! : null;
  if (lookupCache.size > 4096) lookupCache.clear(); // paths are few in practice; bound it anyway
  lookupCache.set(path, api);
  return api ?? undefined;
}

/** Every Python table, for consistency tests. */
export const PYTHON_MODULES = MODULES;

// ---------------------------------------------------------------- names not bound by any import

const ML_ROOTS = ['torch', 'tensorflow', 'keras', 'tf_keras', 'jax', 'flax'];

/**
 * Where an unimported qualifier conventionally points (snippets often omit imports). Only for qualified names:
 * an unqualified name needs an import to explain it.
 */
export function conventionalRoot(root: string, info: DocInfo): string | undefined {
  switch (root) {
    case 'torch':
    case 'keras':
    case 'jax':
    case 'flax':
    case 'tensorflow':
      return root;
    case 'tf':
      return 'tensorflow';
    case 'jnp':
      return 'jax.numpy';
    case 'F':
      return 'torch.nn.functional';
    case 'nn':
      return info.roots.has('flax') && !info.roots.has('torch') ? 'flax.linen' : 'torch.nn';
    case 'nnx':
      return info.roots.has('flax') ? 'flax.nnx' : undefined;
    case 'tfa':
      return 'tensorflow_addons';
    default:
      return undefined;
  }
}

/** Resolves a dotted name as written to a library path, or undefined. */
export function resolvePythonName(names: readonly string[], info: DocInfo): string | undefined {
  const root = names[0]!;
  const bound = info.names.get(root);
  if (bound !== undefined) return [bound, ...names.slice(1)].join('.');
  if (names.length === 1) {
    for (const star of info.stars) {
      const path = `${star}.${root}`;
      if (lookupPython(path)) return path;
    }
    return undefined;
  }
  const conv = conventionalRoot(root, info);
  return conv === undefined ? undefined : [conv, ...names.slice(1)].join('.');
}

/** Whether a name is a module (or module alias) rather than a value: `torch`, `F`, `np`... */
export function isModuleName(root: string, info: DocInfo): boolean {
  const bound = info.names.get(root);
  if (bound !== undefined) return !/\.[A-Z]\w*$/.test(bound);
  return conventionalRoot(root, info) !== undefined || ['np', 'numpy', 'math', 'scipy', 'pd', 'os', 'sys'].includes(root);
}

// ---------------------------------------------------------------- activation names passed as strings

const KERAS_STRINGS_3 = kerasActivations(3);
const KERAS_STRINGS_2 = kerasActivations(2);
const KERAS_STRING_EXCLUDE = new Set(['threshold']); // needs arguments: not usable as a string

/** What a Keras activation string means in Keras 2 or 3 (display is the string as a literal). */
export function kerasString(name: string, version: 2 | 3): Api | undefined {
  if (KERAS_STRING_EXCLUDE.has(name)) return undefined;
  const t = version === 3 ? KERAS_STRINGS_3 : KERAS_STRINGS_2;
  const api = Object.prototype.hasOwnProperty.call(t, name) ? t[name] : undefined;
  if (!api) return undefined;
  return { id: api.id, fw: 'keras', display: `'${name}'` };
}

/** PyTorch's Transformer layers take activation="relu" or "gelu". */
export function torchTransformerString(name: string): Api | undefined {
  if (name === 'relu') return { id: 'relu', fw: 'pytorch', display: 'nn.ReLU' };
  if (name === 'gelu') return { id: 'gelu', fw: 'pytorch', display: 'nn.GELU' };
  return undefined;
}

export const TORCH_TRANSFORMERS = new Set(['Transformer', 'TransformerEncoderLayer', 'TransformerDecoderLayer']);

/** PyTorch's plain RNNs take nonlinearity="tanh" (the default) or "relu". */
export function torchRnnString(name: string): Api | undefined {
  if (name === 'tanh') return { id: 'tanh', fw: 'pytorch', display: 'nn.Tanh' };
  if (name === 'relu') return { id: 'relu', fw: 'pytorch', display: 'nn.ReLU' };
  return undefined;
}

export const TORCH_RNNS = new Set(['RNN', 'RNNCell']);

// ---------------------------------------------------------------- libraries' own activation names

/**
 * Libraries built on PyTorch (and Hugging Face's TF and Flax ports) that look activations up by name. Each maps a
 * name onto what its table holds; names whose function is none of ours (quick_gelu, gelu_10, relu2...) are absent.
 */
type StringTable = Readonly<Record<string, ActivationId>>;

/** transformers.activations.ACT2FN / get_activation (PyTorch); configs' `hidden_act` strings mean the same. */
const HF_PT: StringTable = {
  gelu: 'gelu', gelu_python: 'gelu', gelu_new: 'gelu_tanh', gelu_pytorch_tanh: 'gelu_tanh', gelu_fast: 'gelu_tanh',
  relu: 'relu', relu6: 'relu6', leaky_relu: 'leaky_relu', sigmoid: 'sigmoid', tanh: 'tanh', silu: 'silu',
  swish: 'silu', mish: 'mish', linear: 'linear',
};
/** transformers.modeling_flax_utils.ACT2FN: gelu is partial(nn.gelu, approximate=False). */
const HF_FLAX: StringTable = { gelu: 'gelu', gelu_new: 'gelu_tanh', relu: 'relu', silu: 'silu', swish: 'silu', tanh: 'tanh', sigmoid: 'sigmoid' };
/** transformers.activations_tf.get_tf_activation (Keras activations). */
const HF_TF: StringTable = { gelu: 'gelu', gelu_new: 'gelu_tanh', relu: 'relu', silu: 'silu', swish: 'silu', mish: 'mish', tanh: 'tanh', sigmoid: 'sigmoid', linear: 'linear' };
/** diffusers.models.activations.get_activation and the `act_fn` of its models. */
const DIFFUSERS: StringTable = { swish: 'silu', silu: 'silu', mish: 'mish', gelu: 'gelu', relu: 'relu' };
/** timm.layers.get_act_layer / get_act_fn / create_act_layer. */
const TIMM: StringTable = {
  relu: 'relu', relu6: 'relu6', leaky_relu: 'leaky_relu', elu: 'elu', celu: 'celu', selu: 'selu', prelu: 'prelu',
  gelu: 'gelu', gelu_tanh: 'gelu_tanh', silu: 'silu', swish: 'silu', mish: 'mish', sigmoid: 'sigmoid', tanh: 'tanh',
  hard_sigmoid: 'hardsigmoid', hardsigmoid: 'hardsigmoid', hard_swish: 'hardswish', hardswish: 'hardswish',
};

const LIBRARY_TABLES = { hf: HF_PT, hfFlax: HF_FLAX, hfTf: HF_TF, diffusers: DIFFUSERS, timm: TIMM } as const;
export type LibraryTable = keyof typeof LIBRARY_TABLES;

/**
 * Parameter names that carry an activation's name: hidden_act, act_fn, activation, hidden_activation, activation_function,
 * resnet_act_fn, act_type... (not act_layer / act_cfg, which hold classes and dicts).
 */
export const ACT_KEYWORD = /(?:^|_)act(?:ivation)?(?:_fn|_func|_function|_type|_name)?$/;

/** What `name` means to a library's activation table. */
export function libraryString(table: LibraryTable, name: string): Api | undefined {
  const t = LIBRARY_TABLES[table];
  const id = Object.prototype.hasOwnProperty.call(t, name) ? t[name] : undefined;
  if (!id) return undefined;
  const fw: Framework = table === 'hfFlax' ? 'flax' : table === 'hfTf' ? 'keras' : 'pytorch';
  return { id, fw, display: `'${name}'` };
}

/**
 * The table a lookup goes through, from the resolved path of the name looked up in (`ACT2FN[...]`) or called
 * (`get_activation(...)`); relative paths are a library's own modules or vendored copies of them.
 */
export function libraryTableOf(path: string): LibraryTable | undefined {
  const dot = path.lastIndexOf('.');
  const last = path.slice(dot + 1);
  const mod = path.slice(0, dot);
  const relative = path.startsWith('.');
  const root = relative ? '' : mod.split('.')[0];
  switch (last) {
    case 'ACT2FN':
    case 'ACT2CLS':
      if (root === 'diffusers') return 'diffusers';
      if (root !== 'transformers' && !(relative && /(?:^|\.)(?:activations|activations_tf|modeling_flax_utils|modeling_tf_utils)$/.test(mod))) return undefined;
      return /flax/.test(mod) ? 'hfFlax' : /_tf\b|\btf_/.test(mod) ? 'hfTf' : 'hf';
    case 'get_activation':
      return root === 'transformers' ? 'hf' : root === 'diffusers' ? 'diffusers' : undefined;
    case 'get_tf_activation':
      return root === 'transformers' || (relative && /activations_tf$/.test(mod)) ? 'hfTf' : undefined;
    case 'get_act_layer':
    case 'get_act_fn':
    case 'create_act_layer':
      return root === 'timm' || (relative && /(?:^|\.)create_act$/.test(mod)) ? 'timm' : undefined;
    default:
      return undefined;
  }
}

/** Keras layer classes that conventionally take an `activation` argument. */
export const KERAS_LAYER_NAMES = new Set([
  'Dense', 'Activation', 'Conv1D', 'Conv2D', 'Conv3D', 'Convolution1D', 'Convolution2D', 'Convolution3D',
  'Conv1DTranspose', 'Conv2DTranspose', 'Conv3DTranspose', 'SeparableConv1D', 'SeparableConv2D',
  'DepthwiseConv1D', 'DepthwiseConv2D', 'LSTM', 'GRU', 'SimpleRNN', 'ConvLSTM1D', 'ConvLSTM2D', 'ConvLSTM3D',
  'LSTMCell', 'GRUCell', 'SimpleRNNCell', 'EinsumDense', 'LocallyConnected1D', 'LocallyConnected2D',
]);

/** Whose activation names a document's strings are: Keras's, PyTorch's (torch and nothing else), or unknown. */
export function pythonStringFlavor(info: DocInfo): 'keras' | 'torch' | undefined {
  const roots = pythonFrameworkRoots(info);
  if (roots.keras) return roots.other ? undefined : 'keras';
  if (!info.roots.has('torch')) return undefined;
  for (const r of info.roots) if (r === 'jax' || r === 'flax') return undefined;
  return 'torch';
}

export function pythonFrameworkRoots(info: DocInfo): { keras: boolean; other: boolean; kerasVersion: 2 | 3 } {
  let keras = false;
  let other = false;
  let k2 = false;
  let k3 = false;
  for (const r of info.roots) {
    if (r === 'keras') {
      keras = true;
      k3 = true;
    } else if (r === 'tensorflow' || r === 'tf_keras') {
      keras = true;
      k2 = true;
    } else if (ML_ROOTS.includes(r)) other = true;
  }
  return { keras, other, kerasVersion: k2 && !k3 ? 2 : 3 };
}
