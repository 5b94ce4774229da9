// TensorFlow.js (javascript, typescript and their React variants).

import { table, type Api, type ModuleTable } from './api';
import type { DocInfo } from './imports';

const TF = table('tfjs', 'tf.', {
  relu: ['relu', ['']],
  relu6: ['relu6', ['']],
  leakyRelu: ['leaky_relu', ['', 'negative_slope']],
  prelu: ['prelu', ['', 'init']],
  elu: ['elu', ['']],
  selu: ['selu', ['']],
  sigmoid: ['sigmoid', ['']],
  tanh: ['tanh', ['']],
  softplus: ['softplus', ['']],
  logSigmoid: ['logsigmoid', ['']],
});

const TF_LAYERS = table('tfjs', 'tf.layers.', {
  reLU: ['relu', [], { variant: 'relu', cfg: { maxValue: 'max_value' } }],
  leakyReLU: ['leaky_relu', [], { cfg: { alpha: 'negative_slope' }, dkey: 'tf.layers.leakyReLU' }],
  prelu: ['prelu', [], { cfg: { alphaInitializer: '@init' } }],
  elu: ['elu', [], { cfg: { alpha: 'alpha' } }],
  thresholdedReLU: ['threshold', [], { cfg: { theta: 'threshold' }, dkey: 'tf.layers.thresholdedReLU' }],
});

const MODULES: Readonly<Record<string, ModuleTable>> = { tf: TF, 'tf.layers': TF_LAYERS };

export const JS_MODULES = MODULES;

export function lookupJs(path: string): Api | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0) return undefined;
  const mod = MODULES[path.slice(0, dot)];
  const name = path.slice(dot + 1);
  return mod && Object.prototype.hasOwnProperty.call(mod, name) ? mod[name] : undefined;
}

export function resolveJsName(names: readonly string[], info: DocInfo): string | undefined {
  const root = names[0]!;
  const bound = info.names.get(root);
  if (bound !== undefined) return [bound, ...names.slice(1)].join('.');
  // The global `tf` of a page that loads TF.js from a <script> tag.
  if (root === 'tf' && names.length > 1) return names.join('.');
  return undefined;
}

/** Tensor methods of TF.js's chaining API: name -> positional parameters after the receiver. */
export const TFJS_METHODS: Readonly<Record<string, Api>> = table('tfjs', 'Tensor.', {
  relu: ['relu', []],
  relu6: ['relu6', []],
  sigmoid: ['sigmoid', []],
  tanh: ['tanh', []],
  elu: ['elu', []],
  selu: ['selu', []],
  softplus: ['softplus', []],
  logSigmoid: ['logsigmoid', []],
  leakyRelu: ['leaky_relu', ['negative_slope']],
});

/** Activation identifiers TF.js layers accept as strings. */
const TFJS_STRINGS: Readonly<Record<string, Api['id']>> = {
  elu: 'elu',
  selu: 'selu',
  relu: 'relu',
  relu6: 'relu6',
  linear: 'linear',
  sigmoid: 'sigmoid',
  hardSigmoid: 'hard_sigmoid_v1',
  softplus: 'softplus',
  softsign: 'softsign',
  tanh: 'tanh',
  swish: 'silu',
  mish: 'mish',
  gelu: 'gelu',
  gelu_new: 'gelu_tanh',
};

export function tfjsString(name: string): Api | undefined {
  const id = Object.prototype.hasOwnProperty.call(TFJS_STRINGS, name) ? TFJS_STRINGS[name] : undefined;
  return id ? { id, fw: 'tfjs', display: `'${name}'` } : undefined;
}

/** TF.js layer factories that take an `activation` option. */
export const TFJS_LAYER_NAMES = new Set([
  'dense', 'activation', 'conv1d', 'conv2d', 'conv3d', 'conv2dTranspose', 'conv3dTranspose', 'separableConv2d',
  'depthwiseConv2d', 'lstm', 'gru', 'simpleRNN', 'lstmCell', 'gruCell', 'simpleRNNCell', 'convLstm2d',
  'convLstm2dCell',
]);
