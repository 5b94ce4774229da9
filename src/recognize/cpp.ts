// LibTorch (C++): torch::nn modules and their Options, torch::nn::functional, and ATen's torch:: functions.

import type { ActivationId } from '../core/frameworks';
import { table, type Api, type ModuleTable } from './api';
import type { DocInfo } from './imports';

const NN = table('libtorch', 'torch::nn::', {
  ReLU: ['relu', ['']],
  ReLU6: ['relu6', ['']],
  LeakyReLU: ['leaky_relu', []],
  PReLU: ['prelu', []],
  RReLU: ['rrelu', []],
  ELU: ['elu', []],
  CELU: ['celu', []],
  SELU: ['selu', ['']],
  GELU: ['gelu', [], { variant: 'gelu' }],
  SiLU: ['silu', []],
  Mish: ['mish', []],
  Softplus: ['softplus', []],
  Softsign: ['softsign', []],
  LogSigmoid: ['logsigmoid', []],
  Hardtanh: ['hardtanh', []],
  Hardshrink: ['hardshrink', ['lambd']],
  Softshrink: ['softshrink', ['lambd']],
  Tanhshrink: ['tanhshrink', []],
  Threshold: ['threshold', ['threshold', 'value', '']],
  Sigmoid: ['sigmoid', []],
  Tanh: ['tanh', []],
});

const F = table('libtorch', 'torch::nn::functional::', {
  relu: ['relu', ['', '']],
  relu6: ['relu6', ['', '']],
  leaky_relu: ['leaky_relu', ['', '']],
  prelu: ['prelu', ['', 'init']],
  rrelu: ['rrelu', ['', '']],
  elu: ['elu', ['', '']],
  celu: ['celu', ['', '']],
  selu: ['selu', ['', '']],
  gelu: ['gelu', ['', ''], { variant: 'gelu' }],
  silu: ['silu', ['']],
  mish: ['mish', ['']],
  softplus: ['softplus', ['', '']],
  softsign: ['softsign', ['']],
  logsigmoid: ['logsigmoid', ['']],
  hardtanh: ['hardtanh', ['', '']],
  hardshrink: ['hardshrink', ['', 'lambd']],
  softshrink: ['softshrink', ['', 'lambd']],
  tanhshrink: ['tanhshrink', ['']],
  threshold: ['threshold', ['', '']],
});

const TORCH = table('libtorch', 'torch::', {
  relu: ['relu', ['']],
  relu_: ['relu', ['']],
  relu6: ['relu6', ['']],
  sigmoid: ['sigmoid', ['']],
  sigmoid_: ['sigmoid', ['']],
  tanh: ['tanh', ['']],
  tanh_: ['tanh', ['']],
  selu: ['selu', ['']],
  selu_: ['selu', ['']],
  celu: ['celu', ['', 'alpha']],
  celu_: ['celu', ['', 'alpha']],
  elu: ['elu', ['', 'alpha']],
  elu_: ['elu', ['', 'alpha']],
  gelu: ['gelu', ['', 'approximate'], { variant: 'gelu' }],
  silu: ['silu', ['']],
  silu_: ['silu', ['']],
  mish: ['mish', ['']],
  hardsigmoid: ['hardsigmoid', ['']],
  hardswish: ['hardswish', ['']],
  hardtanh: ['hardtanh', ['', 'min_val', 'max_val']],
  leaky_relu: ['leaky_relu', ['', 'negative_slope']],
  softplus: ['softplus', ['', 'beta', 'threshold']],
  log_sigmoid: ['logsigmoid', ['']],
  hardshrink: ['hardshrink', ['', 'lambd']],
  softshrink: ['softshrink', ['', 'lambd']],
  threshold: ['threshold', ['', 'threshold', 'value']],
  threshold_: ['threshold', ['', 'threshold', 'value']],
  rrelu: ['rrelu', ['', 'lower', 'upper', '']],
  prelu: ['prelu', ['', 'init']],
});

const SPECIAL = table('libtorch', 'torch::special::', { expit: ['sigmoid', ['']] });

/** Options classes: activation, and the parameters of their constructors in order. */
const OPTIONS: Readonly<Record<string, [ActivationId, string[]]>> = {
  ReLU: ['relu', ['']],
  ReLU6: ['relu6', ['']],
  LeakyReLU: ['leaky_relu', []],
  PReLU: ['prelu', []],
  RReLU: ['rrelu', []],
  ELU: ['elu', []],
  CELU: ['celu', []],
  SELU: ['selu', ['']],
  GELU: ['gelu', []],
  Softplus: ['softplus', []],
  Hardtanh: ['hardtanh', []],
  Hardshrink: ['hardshrink', ['lambd']],
  Softshrink: ['softshrink', ['lambd']],
  Threshold: ['threshold', ['threshold', 'value', '']],
};

function optionsTable(ns: 'torch::nn::' | 'torch::nn::functional::', suffix: 'Options' | 'FuncOptions'): ModuleTable {
  const entries: Record<string, Api> = {};
  for (const [base, [id, pos]] of Object.entries(OPTIONS)) {
    entries[base + suffix] = {
      id,
      fw: 'libtorch',
      pos,
      options: true,
      ...(id === 'gelu' ? { variant: 'gelu' as const } : {}),
      // listed under the module (`torch::nn::LeakyReLU`) or the function (`torch::nn::functional::leaky_relu`)
      display: suffix === 'Options' ? ns + base : ns + (base === 'LeakyReLU' ? 'leaky_relu' : base.toLowerCase()),
    };
  }
  return entries;
}

/** Chained setter of an Options object -> canonical parameter ('' = not an activation parameter). */
export const OPTION_SETTERS: Readonly<Record<string, string>> = {
  negative_slope: 'negative_slope',
  alpha: 'alpha',
  approximate: 'approximate',
  beta: 'beta',
  threshold: 'threshold',
  value: 'value',
  min_val: 'min_val',
  max_val: 'max_val',
  lambda: 'lambd',
  lower: 'lower',
  upper: 'upper',
  init: 'init',
  inplace: '',
  num_parameters: '',
  training: '',
};

const MODULES: Readonly<Record<string, ModuleTable>> = {
  'torch.nn': { ...NN, ...optionsTable('torch::nn::', 'Options') },
  'torch.nn.functional': { ...F, ...optionsTable('torch::nn::functional::', 'FuncOptions') },
  torch: TORCH,
  'torch.special': SPECIAL,
};

export const CPP_MODULES = MODULES;

export function lookupCpp(path: string): Api | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0) return undefined;
  const mod = MODULES[path.slice(0, dot)];
  const name = path.slice(dot + 1);
  return mod && Object.prototype.hasOwnProperty.call(mod, name) ? mod[name] : undefined;
}

/** Resolves `a::b::c` (as names) to a library path. */
export function resolveCppName(names: readonly string[], info: DocInfo): string | undefined {
  const root = names[0]!;
  const bound = info.names.get(root);
  if (bound !== undefined) return [bound, ...names.slice(1)].join('.');
  if (root === 'torch' || root === 'at') return ['torch', ...names.slice(1)].join('.');
  for (const star of info.stars) {
    // `using namespace torch;` does not make bare `relu` mean torch::relu here: too many locals are called that.
    if (names.length === 1 && star === 'torch') continue;
    const path = [star, ...names].join('.');
    if (lookupCpp(path) || (names.length > 1 && MODULES[[star, ...names.slice(0, -1)].join('.')])) return path;
  }
  return undefined;
}

/** Tensor methods recognised after `.`: `x.relu()`. */
export const CPP_METHODS: Readonly<Record<string, Api>> = table('libtorch', 'Tensor::', {
  relu: ['relu', []],
  relu_: ['relu', []],
  sigmoid: ['sigmoid', []],
  sigmoid_: ['sigmoid', []],
  tanh: ['tanh', []],
  tanh_: ['tanh', []],
});
