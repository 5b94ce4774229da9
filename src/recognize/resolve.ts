// From a token to an activation: builds the dotted name around it, resolves it through the import table to a
// library API, reads the call's arguments, and says which canonical activation that is, with which parameters.

import { defaultsFor, type ActivationId, type Framework } from '../core/frameworks';
import type { Api } from './api';
import { evalRange, objectProps, splitArgs, EXPR, type Arg, type Val } from './args';
import { CPP_METHODS, OPTION_SETTERS, lookupCpp, resolveCppName } from './cpp';
import type { DocInfo } from './imports';
import { TFJS_LAYER_NAMES, TFJS_METHODS, lookupJs, resolveJsName, tfjsString } from './javascript';
import { lookupJulia, resolveJuliaName } from './julia';
import { K, type Lang, type Tok } from './lexer';
import {
  KERAS_LAYER_NAMES,
  ACT_KEYWORD,
  TORCH_RNNS,
  TORCH_TRANSFORMERS,
  isModuleName,
  libraryString,
  libraryTableOf,
  kerasString,
  lookupPython,
  normalizePath,
  pythonFrameworkRoots,
  pythonStringFlavor,
  resolvePythonName,
  torchRnnString,
  torchTransformerString,
} from './python';

export interface ActivationMatch {
  /** Canonical id, e.g. 'gelu_tanh'. */
  id: string;
  /** Every parameter of the activation: the literal passed here, else this framework's default. */
  params: Record<string, number>;
  framework: Framework;
  /** Offsets of the recognised name (or of the string literal's contents) in the text. */
  start: number;
  end: number;
  /** Parameters passed as expressions, so plotted at their default. */
  nonliteral?: string[];
  /** The name as written, e.g. 'nn.GELU', 'F.leaky_relu' or "'swish'". */
  alias?: string;
}

export interface Ctx {
  text: string;
  lang: Lang;
  info: DocInfo;
  toks: readonly Tok[];
}

// ---------------------------------------------------------------- dotted names

interface Chain {
  /** Token indices of the first and last name. */
  a: number;
  b: number;
  names: string[];
  seps: string[];
  /** The first name follows a `.`/`->` after an expression (`f(x).relu`): a member of a value. */
  receiver: boolean;
}

function isSep(t: Tok | undefined, lang: Lang): boolean {
  if (!t || t.k !== K.Op) return false;
  return t.v === '.' || (lang === 'cpp' && t.v === '::') || (lang === 'js' && t.v === '?.');
}

export function chainAt(toks: readonly Tok[], i: number, lang: Lang): Chain {
  let a = i;
  let guard = 0;
  while (a >= 2 && isSep(toks[a - 1], lang) && toks[a - 2]!.k === K.Id && guard++ < 64) a -= 2;
  let b = i;
  guard = 0;
  while (b + 2 < toks.length && isSep(toks[b + 1], lang) && toks[b + 2]!.k === K.Id && guard++ < 64) b += 2;
  const names: string[] = [];
  const seps: string[] = [];
  for (let j = a; j <= b; j += 2) {
    names.push(toks[j]!.v);
    if (j < b) seps.push(toks[j + 1]!.v);
  }
  const before = toks[a - 1];
  let receiver = false;
  if (before && before.k === K.Op) {
    if (before.v === '.' || before.v === '?.' || (lang === 'cpp' && before.v === '->')) receiver = true;
    // `::torch::relu` is a global qualifier, `Foo<T>::bar` a member of a type: both unknowable or fine.
    if (before.v === '::' && toks[a - 2] && (toks[a - 2]!.k === K.Id || toks[a - 2]!.k === K.Close)) receiver = true;
  }
  return { a, b, names, seps, receiver };
}

function resolveName(lang: Lang, names: readonly string[], info: DocInfo): string | undefined {
  switch (lang) {
    case 'python':
      return resolvePythonName(names, info);
    case 'js':
      return resolveJsName(names, info);
    case 'cpp':
      return resolveCppName(names, info);
    case 'julia':
      return resolveJuliaName(names, info);
  }
}

function lookup(lang: Lang, path: string): Api | undefined {
  switch (lang) {
    case 'python':
      return lookupPython(path);
    case 'js':
      return lookupJs(path);
    case 'cpp':
      return lookupCpp(path);
    case 'julia':
      return lookupJulia(path);
  }
}

// ---------------------------------------------------------------- identifiers

const isOp = (t: Tok | undefined, v: string): boolean => !!t && t.k === K.Op && t.v === v;
const isId = (t: Tok | undefined, v?: string): boolean => !!t && t.k === K.Id && (v === undefined || t.v === v);

const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '**=', '//=', ':=', '&=', '|=', '^=', '.=', '>>=', '<<=', '@=']);
const PY_BINDERS = new Set(['def', 'class', 'for', 'lambda', 'global', 'nonlocal', 'del']);
const JS_BINDERS = new Set(['function', 'class', 'const', 'let', 'var', 'interface', 'type', 'enum', 'get', 'set', 'static', 'async']);
const JL_BINDERS = new Set(['function', 'macro', 'struct', 'for', 'module', 'type', 'abstract', 'primitive', 'mutable', 'local', 'global']);
const CPP_VALUE_KEYWORDS = new Set(['return', 'case', 'else', 'throw', 'co_return', 'co_yield', 'delete', 'new', 'sizeof', 'do', 'and', 'or', 'not']);
const CPP_DEF_FOLLOWERS = new Set(['const', 'override', 'noexcept', 'final', 'volatile']);

/** The name is being defined or bound here (not used): `relu = ...`, `def relu`, `relu(x) = ...` in Julia. */
function isBinding(ctx: Ctx, ch: Chain, open: number): boolean {
  const { toks, lang } = ctx;
  const prev = ch.receiver ? undefined : toks[ch.a - 1];
  const next = toks[ch.b + 1];
  const closeIdx = open >= 0 ? toks[open]!.m : -1;
  const after = open >= 0 ? (closeIdx >= 0 ? toks[closeIdx + 1] : undefined) : next;
  if (next && next.k === K.Op && ASSIGN_OPS.has(next.v)) return true;
  const single = ch.names.length === 1;
  switch (lang) {
    case 'python':
      if (prev && prev.k === K.Id && PY_BINDERS.has(prev.v)) return true;
      if (single && isOp(next, ':')) return true; // annotation, dict key, lambda parameter
      return false;
    case 'js':
      if (prev && prev.k === K.Id && JS_BINDERS.has(prev.v)) return true;
      if (single && isOp(next, ':') && prev && (prev.v === '{' || prev.v === ',')) return true; // object key
      if (single && open >= 0 && after && after.k === K.Open && after.v === '{') return true; // method definition
      return false;
    case 'cpp':
      if (open >= 0 && after && (after.v === '{' || (after.k === K.Id && CPP_DEF_FOLLOWERS.has(after.v)) || isOp(after, '->'))) {
        return true;
      }
      if (single && prev && prev.k === K.Id && !CPP_VALUE_KEYWORDS.has(prev.v)) return true; // `Tensor relu(...)`
      return false;
    case 'julia': {
      if (prev && prev.k === K.Id && JL_BINDERS.has(prev.v)) return true;
      if (inJuliaExport(toks, ch.a)) return true;
      if (next && next.k === K.Op && (next.v === '::' || next.v === '->')) return true;
      if (open >= 0 && after && ((after.k === K.Op && (after.v === '=' || after.v === '::')) || isId(after, 'where'))) return true;
      // `:relu` is a Symbol, not the function
      if (prev && isOp(prev, ':') && prev.e === toks[ch.a]!.s) {
        const pp = toks[ch.a - 2];
        if (!pp || pp.k === K.Open || pp.k === K.Op || pp.k === K.Nl) return true;
      }
      return false;
    }
  }
}

/** `export relu, σ` / `public relu`: a module declaring its own names, not using them. */
function inJuliaExport(toks: readonly Tok[], a: number): boolean {
  let j = a - 1;
  for (let guard = 0; j >= 0 && guard < 256; guard++, j--) {
    const t = toks[j]!;
    if (t.k === K.Nl) break;
    if (!(t.k === K.Id || isOp(t, ','))) return false;
  }
  const first = toks[j + 1];
  return !!first && first.k === K.Id && (first.v === 'export' || first.v === 'public') && j + 1 < a;
}

/** Call whose argument list follows the name: `f(` or Julia's broadcast `f.(`; -1 when it is a reference. */
function callOpen(toks: readonly Tok[], ch: Chain, lang: Lang): number {
  const next = toks[ch.b + 1];
  if (next && next.k === K.Open && next.v === '(') return ch.b + 1;
  if (lang === 'julia' && isOp(next, '.')) {
    const p = toks[ch.b + 2];
    if (p && p.k === K.Open && p.v === '(' && p.s === next!.e) return ch.b + 2;
  }
  return -1;
}

/**
 * The activation named by the identifier at toks[i] (`cursor` is the hovered token; for tensor methods such as
 * `x.relu()` only the method name counts).
 */
export function matchName(ctx: Ctx, i: number, cursor = i): ActivationMatch | undefined {
  const { toks, lang, info, text } = ctx;
  const ch = chainAt(toks, i, lang);
  const open = callOpen(toks, ch, lang);
  if (isBinding(ctx, ch, open)) return undefined;

  // A member of a value (`f(x).relu()`, C++ `x.relu()`): only tensor methods.
  const memberSep = lang === 'cpp' ? ch.seps.lastIndexOf('.') : -1;
  if (ch.receiver || memberSep >= 0) {
    if (memberSep >= 0 && memberSep !== ch.seps.length - 1) return undefined;
    return matchMethod(ctx, ch, open, cursor);
  }
  const path = resolveName(lang, ch.names, info);
  const api = path !== undefined ? lookup(lang, path) : undefined;
  if (!api) return ch.names.length > 1 ? matchMethod(ctx, ch, open, cursor) : undefined;

  const raw = new Map<string, Val>();
  let unknown = false;
  if (open >= 0) {
    const args = splitArgs(toks, open, lang);
    if (!args) unknown = true;
    else unknown = collect(ctx, api, args, 0, raw);
    if (api.options && toks[open]!.m >= 0) unknown = collectSetters(ctx, toks[open]!.m + 1, raw) || unknown;
  } else {
    const bound = wrapperArgs(ctx, ch);
    if (bound) unknown = collect(ctx, api, bound.args, bound.offset, raw);
  }
  const start = toks[ch.a]!.s;
  const end = toks[ch.b]!.e;
  return finish(api, raw, unknown, start, end, text.slice(start, end));
}

/** `partial(nn.LeakyReLU, 0.2)`, `torch::nn::Functional(torch::leaky_relu, 0.2)`, `Base.Fix2(leakyrelu, 0.2)`. */
function wrapperArgs(ctx: Ctx, ch: Chain): { args: Arg[]; offset: number } | undefined {
  const { toks, lang, info } = ctx;
  const o = ch.a - 1;
  const open = toks[o];
  if (!open || open.k !== K.Open || open.v !== '(' || ch.receiver) return undefined;
  const calleeEnd = toks[o - 1];
  if (!calleeEnd || calleeEnd.k !== K.Id) return undefined;
  const callee = chainAt(toks, o - 1, lang);
  const last = callee.names[callee.names.length - 1]!;
  let offset: number;
  if (lang === 'python' && last === 'partial') {
    const root = callee.names[0]!;
    const bound = info.names.get('partial');
    if (callee.names.length === 1 ? bound !== undefined && bound !== 'functools.partial' : root !== 'functools') return undefined;
    offset = 0;
  } else if (lang === 'cpp' && last === 'Functional') offset = 1;
  else if (lang === 'julia' && last === 'Fix2') offset = 1;
  else return undefined;
  const args = splitArgs(toks, o, lang);
  if (!args || args.length === 0 || args[0]!.a !== ch.a || args[0]!.b !== ch.b + 1) return undefined;
  return { args: args.slice(1), offset };
}

/** Reads the arguments into `raw` (canonical name -> value); returns whether some arguments are hidden. */
function collect(ctx: Ctx, api: Api, args: readonly Arg[], offset: number, raw: Map<string, Val>): boolean {
  const { toks, lang } = ctx;
  let unknown = false;
  let pos = offset;
  for (const arg of args) {
    if (arg.star) {
      unknown = true;
      continue;
    }
    const first = toks[arg.a]!;
    if (lang === 'cpp' && arg.kw === undefined) {
      const opts = readOptions(ctx, arg);
      if (opts) {
        if (opts.id === api.id || (api.variant === 'gelu' && opts.id === 'gelu')) {
          for (const [k, v] of opts.raw) raw.set(k, v);
          unknown = unknown || opts.unknown;
        }
        pos++;
        continue;
      }
    }
    if (api.cfg && arg.kw === undefined && first.k === K.Open && first.v === '{' && first.m === arg.b - 1) {
      const obj = objectProps(toks, arg.a);
      if (obj) {
        for (const [key, r] of obj.props) {
          const name = api.cfg[key];
          if (name) raw.set(name === '@init' ? 'init' : name, name === '@init' ? evalInit(ctx, r.a, r.b) : evalRange(toks, r.a, r.b, lang));
        }
        unknown = unknown || obj.spread;
      } else unknown = true;
      pos++;
      continue;
    }
    let name: string | undefined;
    if (arg.kw !== undefined) {
      name = api.kw && Object.prototype.hasOwnProperty.call(api.kw, arg.kw) ? api.kw[arg.kw] : api.pos?.includes(arg.kw) ? arg.kw : undefined;
    } else {
      name = api.pos?.[pos];
      pos++;
    }
    if (!name) continue;
    if (name === '@init') raw.set('init', evalInit(ctx, arg.a, arg.b));
    else raw.set(name, evalRange(toks, arg.a, arg.b, lang));
  }
  return unknown;
}

/** An initializer's constant: 'zeros', Constant(0.25), tf.constant_initializer(0.1), tf.initializers.constant({value}). */
function evalInit(ctx: Ctx, a: number, b: number): Val {
  const { toks, lang } = ctx;
  const v = evalRange(toks, a, b, lang);
  if (v.t === 'num') return v;
  if (v.t === 'str') {
    if (/^zeros?$/i.test(v.v)) return { t: 'num', v: 0 };
    if (/^ones$/i.test(v.v)) return { t: 'num', v: 1 };
    return EXPR;
  }
  // name chain followed by one call spanning the rest
  let j = a;
  while (j + 1 < b && toks[j]!.k === K.Id && isSep(toks[j + 1], lang)) j += 2;
  const fn = toks[j];
  const open = toks[j + 1];
  if (!fn || fn.k !== K.Id || !open || open.k !== K.Open || open.v !== '(' || open.m !== b - 1) return EXPR;
  if (/^(?:Zeros|zeros)$/.test(fn.v)) return { t: 'num', v: 0 };
  if (/^(?:Ones|ones)$/.test(fn.v)) return { t: 'num', v: 1 };
  if (!/^(?:Constant|constant|constant_initializer)$/.test(fn.v)) return EXPR;
  const args = splitArgs(toks, j + 1, lang);
  if (!args || args.length === 0) return EXPR;
  const valueArg = args.find((x) => x.kw === 'value') ?? args.find((x) => x.kw === undefined);
  if (!valueArg) return EXPR;
  const first = toks[valueArg.a]!;
  if (lang === 'js' && first.v === '{') {
    const obj = objectProps(toks, valueArg.a);
    const r = obj?.props.get('value');
    return r ? evalRange(toks, r.a, r.b, lang) : EXPR;
  }
  return evalRange(toks, valueArg.a, valueArg.b, lang);
}

// ---------------------------------------------------------------- LibTorch options

interface Options {
  id: ActivationId;
  raw: Map<string, Val>;
  unknown: boolean;
}

/** `torch::nn::LeakyReLUOptions().negative_slope(0.2).inplace(true)` as one argument. */
function readOptions(ctx: Ctx, arg: Arg): Options | undefined {
  const { toks, info } = ctx;
  const first = toks[arg.a]!;
  if (first.k !== K.Id && !(first.k === K.Op && first.v === '::')) return undefined;
  let j = first.k === K.Op ? arg.a + 1 : arg.a;
  if (toks[j]?.k !== K.Id) return undefined;
  const ch = chainAt(toks, j, 'cpp');
  if (ch.receiver || ch.seps.includes('.')) return undefined;
  const last = ch.names[ch.names.length - 1]!;
  if (!/Options$/.test(last)) return undefined;
  const path = resolveCppName(ch.names, info) ?? ['torch.nn', last].join('.');
  const api = lookupCpp(path) ?? lookupCpp(`torch.nn.${last}`) ?? lookupCpp(`torch.nn.functional.${last}`);
  if (!api || !api.options) return undefined;
  j = ch.b + 1;
  const open = toks[j];
  if (!open || open.k !== K.Open || open.v !== '(' || open.m < 0 || open.m >= arg.b) return undefined;
  const raw = new Map<string, Val>();
  const args = splitArgs(toks, j, 'cpp');
  let unknown = args ? collect(ctx, { ...api, options: false }, args, 0, raw) : true;
  unknown = collectSetters(ctx, open.m + 1, raw, arg.b) || unknown;
  return { id: api.id, raw, unknown };
}

/** Chained setters `.name(value)` from toks[j] on; returns whether one could not be read. */
function collectSetters(ctx: Ctx, j: number, raw: Map<string, Val>, end = Infinity): boolean {
  const { toks } = ctx;
  let unknown = false;
  let guard = 0;
  while (j + 2 < Math.min(end, toks.length) && guard++ < 32) {
    if (!isOp(toks[j], '.') || toks[j + 1]?.k !== K.Id || toks[j + 2]?.k !== K.Open || toks[j + 2]!.v !== '(') break;
    const name = toks[j + 1]!.v;
    const open = toks[j + 2]!;
    if (open.m < 0) return true;
    const canonical = Object.prototype.hasOwnProperty.call(OPTION_SETTERS, name) ? OPTION_SETTERS[name] : undefined;
    if (canonical === undefined) unknown = true;
    else if (canonical) raw.set(canonical, evalRange(toks, j + 3, open.m, 'cpp'));
    j = open.m + 1;
  }
  return unknown;
}

// ---------------------------------------------------------------- tensor methods

const PY_METHODS: Readonly<Record<string, ActivationId>> = {
  relu: 'relu',
  relu_: 'relu',
  sigmoid: 'sigmoid',
  sigmoid_: 'sigmoid',
  tanh: 'tanh',
  tanh_: 'tanh',
};
const NOT_TENSORS = new Set(['self', 'cls', 'super', 'this', 'Math', 'np', 'numpy', 'math']);

function matchMethod(ctx: Ctx, ch: Chain, open: number, cursor: number): ActivationMatch | undefined {
  const { toks, lang, info, text } = ctx;
  if (open < 0 || (cursor !== ch.b && cursor !== ch.b - 1)) return undefined;
  const name = ch.names[ch.names.length - 1]!;
  const root = ch.names[0]!;
  if (!ch.receiver && (NOT_TENSORS.has(root) || (lang !== 'cpp' && isBoundModule(lang, root, info)))) return undefined;
  const args = splitArgs(toks, open, lang);
  if (!args) return undefined;
  let api: Api | undefined;
  switch (lang) {
    case 'python': {
      const id = Object.prototype.hasOwnProperty.call(PY_METHODS, name) ? PY_METHODS[name] : undefined;
      if (!id || !info.roots.has('torch')) return undefined;
      api = { id, fw: 'pytorch', display: 'Tensor.' + name.replace(/_$/, '') };
      break;
    }
    case 'cpp':
      api = Object.prototype.hasOwnProperty.call(CPP_METHODS, name) ? CPP_METHODS[name] : undefined;
      if (!info.roots.has('torch')) return undefined;
      break;
    case 'js':
      api = Object.prototype.hasOwnProperty.call(TFJS_METHODS, name) ? TFJS_METHODS[name] : undefined;
      if (!info.roots.has('tfjs')) return undefined;
      break;
    case 'julia':
      return undefined;
  }
  if (!api) return undefined;
  if (args.length > (api.pos?.length ?? 0)) return undefined;
  const raw = new Map<string, Val>();
  const unknown = collect(ctx, api, args, 0, raw);
  const nameTok = toks[ch.b]!;
  const alias = ch.receiver ? '.' + name : text.slice(toks[ch.a]!.s, nameTok.e);
  return finish(api, raw, unknown, nameTok.s, nameTok.e, alias);
}

function isBoundModule(lang: Lang, root: string, info: DocInfo): boolean {
  if (lang === 'python') return isModuleName(root, info);
  if (lang === 'js') return info.names.has(root) || root === 'tf';
  return false;
}

// ---------------------------------------------------------------- strings

const KERAS_ACTIVATION_KW = new Set(['activation', 'recurrent_activation']);
/** Libraries that take activation names as strings with their own meanings (Keras-based ones are not listed). */
const NOT_KERAS_LIBRARIES = new Set([
  'sklearn', 'tflearn', 'tensorlayer', 'mxnet', 'gluonts', 'paddle', 'mindspore', 'chainer', 'theano', 'lasagne',
  'haiku', 'sonnet', 'trax', 'objax', 'equinox', 'transformers', 'timm', 'diffusers', 'torchvision', 'torch_geometric',
  'dgl', 'lightgbm', 'xgboost', 'catboost', 'neupy', 'pybrain', 'skorch', 'fastai', 'pytorch_lightning', 'lightning',
  'numpy', 'scipy', 'pandas', 'optuna', 'ray', 'wandb', 'mlflow', 'argparse', 'json', 'yaml', 'hydra', 'omegaconf',
]);
const NOT_KERAS_CALLEES = new Set(['dict', 'get', 'setdefault', 'update', 'format', 'print', 'add_argument', 'getattr', 'hasattr', 'setattr']);

export function matchString(ctx: Ctx, i: number): ActivationMatch | undefined {
  const t = ctx.toks[i]!;
  if (!t.plain || !/^[A-Za-z_]\w*$/.test(t.v)) return undefined;
  let api: Api | undefined;
  if (ctx.lang === 'python') api = pythonStringApi(ctx, i);
  else if (ctx.lang === 'js') api = jsStringApi(ctx, i);
  if (!api) return undefined;
  return {
    id: api.id,
    params: defaultsFor(api.id, api.fw),
    framework: api.fw,
    start: t.cs,
    end: t.ce,
    alias: ctx.text.slice(t.s, t.e),
  };
}

/** Position of a string among its call's arguments: keyword name or positional index. */
function argRole(toks: readonly Tok[], i: number, o: number): { kw?: string; pos?: number } | undefined {
  const next = toks[i + 1];
  if (!next || !((next.k === K.Op && next.v === ',' && next.p === o) || (next.k === K.Close && next.m === o))) return undefined;
  const prev = toks[i - 1]!;
  if (isOp(prev, '=')) {
    const name = toks[i - 2];
    const before = toks[i - 3];
    if (name && name.k === K.Id && before && (i - 3 === o || (isOp(before, ',') && before.p === o))) return { kw: name.v };
    return undefined;
  }
  if (i - 1 === o || (isOp(prev, ',') && prev.p === o)) {
    let n = 0;
    for (let j = o + 1; j < i; j++) if (toks[j]!.p === o && isOp(toks[j], ',')) n++;
    return { pos: n };
  }
  return undefined;
}

function pythonStringApi(ctx: Ctx, i: number): Api | undefined {
  const { toks, info } = ctx;
  const t = toks[i]!;
  const o = t.p;
  if (o < 1) return undefined;
  if (toks[o]!.v === '[') return subscriptStringApi(ctx, i, o);
  if (toks[o]!.v !== '(') return undefined;
  const role = argRole(toks, i, o);
  if (!role) return defaultStringApi(ctx, i, o);
  if (toks[o - 1]!.k !== K.Id) return undefined;
  const callee = chainAt(toks, o - 1, 'python');
  if (isId(toks[callee.a - 1], 'def') || isId(toks[callee.a - 1], 'class')) return defaultStringApi(ctx, i, o);
  const last = callee.names[callee.names.length - 1]!;
  const path = callee.receiver ? undefined : resolvePythonName(callee.names, info);
  const np = path !== undefined ? normalizePath(path) : undefined;
  const name = t.v;
  if (path !== undefined) {
    const lib = libraryCallString(path, last, role, name);
    if (lib !== null) return lib;
  }
  let kind: 'layer' | 'get' | 'generic' | undefined;
  let version: 2 | 3 = 3;
  if (np !== undefined && /^(?:tf)?keras\./.test(np)) {
    version = np.startsWith('tf') ? 2 : 3;
    if (/^(?:tf)?keras\.layers\./.test(np)) kind = 'layer';
    else if (/^(?:tf)?keras\.activations\.(?:get|deserialize)$/.test(np)) kind = 'get';
    else return undefined;
  } else if (np !== undefined && np.startsWith('torch.nn.') && TORCH_TRANSFORMERS.has(last)) {
    return role.kw === 'activation' ? torchTransformerString(name) : undefined;
  } else if (np !== undefined && np.startsWith('torch.nn.') && TORCH_RNNS.has(last)) {
    return role.kw === 'nonlinearity' ? torchRnnString(name) : undefined;
  } else if (np !== undefined && (/^(?:torch|tensorflow|jax|flax|functools)\b/.test(np) || NOT_KERAS_LIBRARIES.has(np.split('.')[0]!))) {
    return undefined; // another library's own activation names (sklearn, TFLearn, MXNet...)
  } else {
    // A call we cannot resolve: a project's own helper, or a snippet without imports. Keras only when nothing
    // says otherwise (no PyTorch/JAX import; a Keras-named layer imported from elsewhere needs a Keras import).
    const roots = pythonFrameworkRoots(info);
    if (roots.other) {
      // diffusers code passes its blocks activation names: `get_down_block(..., resnet_act_fn="silu")`
      const ok = info.diffusers && role.kw !== undefined && ACT_KEYWORD.test(role.kw) && !NOT_KERAS_CALLEES.has(last);
      return ok ? libraryString('diffusers', name) : undefined;
    }
    version = roots.kerasVersion;
    if (KERAS_LAYER_NAMES.has(last) && (np === undefined || roots.keras)) kind = 'layer';
    else if (roots.keras && !NOT_KERAS_CALLEES.has(last)) kind = 'generic';
    else return undefined;
  }
  const ok =
    kind === 'get'
      ? role.pos === 0 || role.kw === 'identifier'
      : (role.kw !== undefined && KERAS_ACTIVATION_KW.has(role.kw)) ||
        (kind === 'layer' && ((role.pos === 0 && last === 'Activation') || (role.pos === 1 && last === 'Dense')));
  return ok ? kerasString(name, version) : undefined;
}

/**
 * A library's own activation names in a call: `get_activation("gelu")`, `get_act_layer('hard_swish')`,
 * `BertConfig(hidden_act="gelu_new")`, `UNet2DModel(act_fn="silu")`. Null when the call is none of these.
 */
function libraryCallString(path: string, last: string, role: { kw?: string; pos?: number }, name: string): Api | undefined | null {
  const table = libraryTableOf(path);
  if (table) return role.pos === 0 || role.kw === 'name' || role.kw === 'act_fn' || role.kw === 'activation_string' ? libraryString(table, name) : undefined;
  const root = path.startsWith('.') ? '' : path.split('.')[0];
  if (role.kw === undefined || !ACT_KEYWORD.test(role.kw)) return null;
  if (root === 'transformers' && /Config$/.test(last)) return libraryString('hf', name);
  if (root === 'diffusers') return libraryString('diffusers', name);
  return null;
}

/** `ACT2FN["gelu_new"]`: a lookup in a Hugging Face activation table. */
function subscriptStringApi(ctx: Ctx, i: number, o: number): Api | undefined {
  const { toks, info } = ctx;
  const open = toks[o]!;
  if (i !== o + 1 || open.m !== i + 1 || toks[o - 1]?.k !== K.Id || toks[o - 1]!.e !== open.s) return undefined;
  const ch = chainAt(toks, o - 1, 'python');
  if (ch.receiver) return undefined;
  const path = resolvePythonName(ch.names, info);
  const table = path !== undefined ? libraryTableOf(path) : undefined;
  if (!table || !/^ACT2(?:FN|CLS)$/.test(ch.names[ch.names.length - 1]!)) return undefined;
  return libraryString(table, toks[i]!.v);
}

/**
 * A parameter default naming an activation in library code whose table is known: the `__init__` of a Hugging Face
 * configuration class (`hidden_act="gelu"`, `hidden_act: str = "gelu"`, `activation_function="gelu_new"`), or
 * diffusers code (`act_fn: str = "silu"`).
 */
function defaultStringApi(ctx: Ctx, i: number, o: number): Api | undefined {
  const { toks, info } = ctx;
  if (!isOp(toks[i - 1], '=')) return undefined;
  const next = toks[i + 1];
  if (!next || !((isOp(next, ',') && next.p === o) || (next.k === K.Close && next.m === o))) return undefined;
  if (toks[o - 1]?.k !== K.Id || !isId(toks[o - 2], 'def')) return undefined;
  // the parameter's name starts its slot: `(` or `,` then the name (an annotation may follow it)
  let k = i - 2;
  let guard = 0;
  while (k > o && !(isOp(toks[k], ',') && toks[k]!.p === o) && guard++ < 64) k--;
  const param = toks[k + 1];
  if (!param || param.k !== K.Id || param.p !== o || !ACT_KEYWORD.test(param.v)) return undefined;
  const name = toks[i]!.v;
  // A project's own helpers' defaults (`def block(x, activation="relu")`) stay unrecognised: their meaning is the
  // project's. Library code whose tables are known is another matter.
  if (info.hfConfig) return isId(toks[o - 1], '__init__') ? libraryString('hf', name) : undefined;
  if (info.diffusers && pythonStringFlavor(info) !== 'keras') return libraryString('diffusers', name);
  return undefined;
}

function jsStringApi(ctx: Ctx, i: number): Api | undefined {
  const { toks, info } = ctx;
  const t = toks[i]!;
  const o = t.p;
  if (o < 1 || toks[o]!.v !== '{' || !isOp(toks[i - 1], ':')) return undefined;
  const key = toks[i - 2];
  if (!key || key.p !== o || !(key.k === K.Id || (key.k === K.Str && key.plain))) return undefined;
  if (key.v !== 'activation' && key.v !== 'recurrentActivation') return undefined;
  const before = toks[i - 3];
  if (!before || !(i - 3 === o || (isOp(before, ',') && before.p === o))) return undefined;
  // TypeScript may cast the literal: `activation: 'relu' as const` / `as ActivationIdentifier`
  const next = isId(toks[i + 1], 'as') && toks[i + 2]?.k === K.Id ? toks[i + 3] : toks[i + 1];
  if (!next || !((isOp(next, ',') && next.p === o) || (next.k === K.Close && next.m === o))) return undefined;
  // the object is an argument of a call
  const co = toks[o]!.p;
  if (co < 1 || toks[co]!.v !== '(') return undefined;
  const prev = toks[o - 1]!;
  if (!(o - 1 === co || (isOp(prev, ',') && prev.p === co))) return undefined;
  if (toks[co - 1]!.k !== K.Id) return undefined;
  const callee = chainAt(toks, co - 1, 'js');
  const last = callee.names[callee.names.length - 1]!;
  const path = callee.receiver ? undefined : resolveJsName(callee.names, info);
  if (path !== undefined) {
    if (!path.startsWith('tf.layers.')) return undefined;
  } else if (!(info.roots.has('tfjs') && TFJS_LAYER_NAMES.has(last))) return undefined;
  return tfjsString(t.v);
}

// ---------------------------------------------------------------- results

function finish(api: Api, raw: Map<string, Val>, unknown: boolean, start: number, end: number, alias: string): ActivationMatch | undefined {
  let id: ActivationId = api.id;
  const nonliteral: string[] = [];
  if (api.variant === 'gelu') {
    const a = raw.get('approximate');
    const tanhDefault = api.tanhDefault === true;
    if (!a || a.t === 'none') id = tanhDefault ? 'gelu_tanh' : 'gelu';
    else if (a.t === 'str') {
      if (a.v === 'none') id = 'gelu';
      else if (a.v === 'tanh') id = 'gelu_tanh';
      else return undefined;
    } else if (a.t === 'bool') id = a.v ? 'gelu_tanh' : 'gelu';
    else if (a.t === 'num') id = a.v !== 0 ? 'gelu_tanh' : 'gelu';
    else {
      id = tanhDefault ? 'gelu_tanh' : 'gelu';
      nonliteral.push('approximate');
    }
    if (!a && unknown) nonliteral.push('approximate');
  } else if (api.variant === 'relu') {
    if (unknown) return undefined;
    const ns = raw.get('negative_slope');
    const mv = raw.get('max_value');
    const th = raw.get('threshold');
    for (const v of [ns, mv, th]) if (v && v.t !== 'num' && v.t !== 'none') return undefined;
    const slope = ns?.t === 'num' ? ns.v : 0;
    const max = mv?.t === 'num' ? mv.v : null;
    const thr = th?.t === 'num' ? th.v : 0;
    if (slope === 0 && max === null && thr === 0) id = 'relu';
    else if (slope === 0 && max === 6 && thr === 0) id = 'relu6';
    else if (slope !== 0 && max === null && thr === 0) id = 'leaky_relu';
    else if (slope === 0 && max === null && thr !== 0) id = 'threshold';
    else return undefined;
  } else if (api.variant === 'swish') {
    const beta = raw.get('beta');
    id = beta && beta.t !== 'none' ? 'swish' : 'silu';
    if (!beta && unknown) nonliteral.push('beta');
  }
  const params = defaultsFor(id, api.fw, id === api.id ? api.dkey : undefined);
  for (const key of Object.keys(params)) {
    const v = raw.get(key);
    if (v && v.t === 'num') params[key] = v.v;
    else if (v && v.t !== 'none') nonliteral.push(key);
    else if (!v && unknown) nonliteral.push(key);
  }
  const match: ActivationMatch = { id, params, framework: api.fw, start, end, alias };
  if (nonliteral.length) match.nonliteral = nonliteral;
  return match;
}

/** The activation under toks[i] (an identifier, a qualifier dot, or a string). */
export function matchToken(ctx: Ctx, i: number): ActivationMatch | undefined {
  const t = ctx.toks[i];
  if (!t) return undefined;
  if (t.k === K.Id) return matchName(ctx, i, i);
  if (t.k === K.Str) return matchString(ctx, i);
  if (isSep(t, ctx.lang) && ctx.toks[i - 1]?.k === K.Id && ctx.toks[i + 1]?.k === K.Id) return matchName(ctx, i + 1, i);
  return undefined;
}

/** Every activation among the tokens, each once (by the last name of its dotted chain). */
export function matchAll(ctx: Ctx): ActivationMatch[] {
  const { toks, lang } = ctx;
  const out: ActivationMatch[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    let m: ActivationMatch | undefined;
    if (t.k === K.Id) {
      if (isSep(toks[i + 1], lang) && toks[i + 2]?.k === K.Id) continue; // not the last name of its chain
      m = matchName(ctx, i, i);
    } else if (t.k === K.Str) m = matchString(ctx, i);
    if (m && !seen.has(m.start)) {
      seen.add(m.start);
      out.push(m);
    }
  }
  return out;
}
