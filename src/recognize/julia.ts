// Julia: NNlib's activations, as used through Flux and Lux (and Base's tanh).

import { table, type Api, type ModuleTable } from './api';
import type { DocInfo } from './imports';

const NNLIB = table('nnlib', '', {
  σ: ['sigmoid', ['']],
  sigmoid: ['sigmoid', ['']],
  sigmoid_fast: ['sigmoid', ['']],
  hardσ: ['hardsigmoid', ['']],
  hardsigmoid: ['hardsigmoid', ['']],
  logσ: ['logsigmoid', ['']],
  logsigmoid: ['logsigmoid', ['']],
  hardtanh: ['hardtanh', ['']],
  relu: ['relu', ['']],
  leakyrelu: ['leaky_relu', ['', 'negative_slope']],
  relu6: ['relu6', ['']],
  rrelu: ['rrelu', ['', 'lower', 'upper']],
  elu: ['elu', ['', 'alpha']],
  gelu: ['gelu_tanh', ['']],
  gelu_tanh: ['gelu_tanh', ['']],
  gelu_erf: ['gelu', ['']],
  swish: ['silu', ['']],
  hardswish: ['hardswish', ['']],
  lisht: ['lisht', ['']],
  selu: ['selu', ['']],
  celu: ['celu', ['', 'alpha']],
  trelu: ['threshold', ['', 'threshold']],
  thresholdrelu: ['threshold', ['', 'threshold']],
  softsign: ['softsign', ['']],
  softplus: ['softplus', ['']],
  logcosh: ['logcosh', ['']],
  mish: ['mish', ['']],
  tanhshrink: ['tanhshrink', ['']],
  softshrink: ['softshrink', ['', 'lambd']],
  tanh: ['tanh', ['']],
  tanh_fast: ['tanh', ['']],
});

export const JULIA_MODULES: Readonly<Record<string, ModuleTable>> = { NNlib: NNLIB };

export function lookupJulia(path: string): Api | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0) return undefined;
  if (path.slice(0, dot) !== 'NNlib' && path.slice(0, dot) !== 'Base') return undefined;
  const name = path.slice(dot + 1);
  if (path.startsWith('Base.') && name !== 'tanh') return undefined;
  return Object.prototype.hasOwnProperty.call(NNLIB, name) ? NNLIB[name] : undefined;
}

const PACKAGE_ROOTS = new Set(['NNlib', 'Flux', 'Lux', 'LuxLib', 'Base']);

/**
 * Greek names that statistics code uses for other things (σ a standard deviation): unqualified, they are NNlib's only
 * in a document that uses Flux, Lux or NNlib.
 */
const GREEK = new Set(['σ', 'logσ', 'hardσ']);

/**
 * Resolves a Julia name. Unqualified names are NNlib's (every Flux or Lux file has them in scope) unless the
 * document binds the name itself.
 */
export function resolveJuliaName(names: readonly string[], info: DocInfo): string | undefined {
  const root = names[0]!;
  if (names.length === 1) {
    if (info.locals.has(root)) return undefined;
    const bound = info.names.get(root);
    if (bound === undefined && GREEK.has(root) && !info.nnlibContext) return undefined;
    return bound ?? `NNlib.${root}`;
  }
  const bound = info.names.get(root);
  if (bound !== undefined) return [bound, ...names.slice(1)].join('.');
  if (!PACKAGE_ROOTS.has(root)) return undefined;
  if (root === 'Base') return names.join('.');
  // Flux.NNlib.relu, Flux.relu, Lux.relu
  const rest = names.slice(1).filter((n) => n !== 'NNlib');
  return ['NNlib', ...rest].join('.');
}
