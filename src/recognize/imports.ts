// The import table of a document: which local names stand for which library paths. Built once per document
// version with a few linear regex passes (no full parse) and cached by the resolver.

import type { Lang } from './lexer';

export interface DocInfo {
  lang: Lang;
  /** Local name -> dotted library path, e.g. 'F' -> 'torch.nn.functional', 'GELU' -> 'torch.nn.GELU'. */
  names: Map<string, string>;
  /** Modules whose members are all in scope: `from m import *`, `using namespace m;`, `using Flux`. */
  stars: string[];
  /** Top-level packages the document imports ('torch', 'tensorflow', 'keras', 'jax', 'flax', 'tfjs', 'NNlib'...). */
  roots: Set<string>;
  /** Julia: names the document binds itself (assignments, parameters, its own functions). */
  locals: Set<string>;
  /**
   * Python: the document defines a Hugging Face configuration class (`class XConfig(PretrainedConfig)`), whose
   * `__init__` defaults name activations as strings (`hidden_act="gelu"`).
   */
  hfConfig?: boolean;
  /** Python: diffusers code (an import of diffusers, its `register_to_config`, or its `get_activation`). */
  diffusers?: boolean;
  /** Julia: the document uses Flux, Lux or NNlib (an import, or their layers), so `σ` is NNlib's sigmoid. */
  nnlibContext?: boolean;
}

const JULIA_NNLIB_PACKAGES = new Set(['Flux', 'NNlib', 'Lux', 'LuxLib', 'LuxCore']);
/** Flux/Lux layer constructors: a file built from them (often `include`d by one that does `using Flux`) uses NNlib. */
const JL_LAYER_CALL = /\b(?:Chain|Dense|Conv|ConvTranspose|BatchNorm|SkipConnection|Parallel)[ \t]*\(/;

export function buildDocInfo(text: string, lang: Lang): DocInfo {
  const info: DocInfo = { lang, names: new Map(), stars: [], roots: new Set(), locals: new Set() };
  switch (lang) {
    case 'python':
      pythonImports(text, info);
      break;
    case 'js':
      jsImports(text, info);
      break;
    case 'cpp':
      cppImports(text, info);
      break;
    case 'julia':
      juliaImports(text, info);
      juliaLocals(text, info);
      if (info.roots.has('NNlib') || JL_LAYER_CALL.test(text)) info.nnlibContext = true;
      break;
  }
  return info;
}

// ---------------------------------------------------------------- Python

const PY_IMPORT =
  /(?:^|;)[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import[ \t]*(\([^)]*\)|(?:[^\n;#\\]|\\\r?\n)*)|import[ \t]+((?:[^\n;#\\]|\\\r?\n)+))/gm;

const HF_CONFIG_CLASS = /^[ \t]*class[ \t]+\w+[ \t]*\([^)\n]*\bPre[Tt]rainedConfig\b/m;

function pythonImports(text: string, info: DocInfo): void {
  if (HF_CONFIG_CLASS.test(text)) info.hfConfig = true;
  if (/\bregister_to_config\b/.test(text)) info.diffusers = true;
  PY_IMPORT.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = PY_IMPORT.exec(text)) && guard++ < 100000) {
    if (m[0].length === 0) PY_IMPORT.lastIndex++;
    if (m[1] !== undefined) {
      const mod = m[1];
      // Relative imports bind names too (to the project's own modules): kept with their leading dots, they resolve
      // to nothing a library table knows, but no longer fall back to a conventional library (`F`, `nn`).
      const relative = mod.startsWith('.');
      if (!relative) info.roots.add(mod.split('.')[0]!);
      const list = (m[2] ?? '').replace(/#[^\n]*/g, '').replace(/[()\\]/g, ' ');
      for (const item of list.split(',')) {
        const parts = item.trim().split(/\s+/);
        const name = parts[0];
        if (!name) continue;
        if (name === '*') {
          if (!relative) info.stars.push(mod);
          continue;
        }
        if (!/^\w+$/.test(name)) continue;
        const alias = parts[1] === 'as' && parts[2] ? parts[2] : name;
        info.names.set(alias, mod.endsWith('.') ? mod + name : `${mod}.${name}`);
      }
    } else if (m[3] !== undefined) {
      for (const item of m[3].replace(/\\\r?\n/g, ' ').split(',')) {
        const parts = item.trim().split(/\s+/);
        const mod = parts[0];
        if (!mod || !/^[\w.]+$/.test(mod)) continue;
        const root = mod.split('.')[0]!;
        info.roots.add(root);
        if (parts[1] === 'as' && parts[2]) info.names.set(parts[2], mod);
        else if (!info.names.has(root)) info.names.set(root, root);
      }
    }
  }
  if (info.roots.has('diffusers') || /^\.+(?:\w+\.)*activations\.get_activation$/.test(info.names.get('get_activation') ?? '')) {
    info.diffusers = true;
  }
}

// ---------------------------------------------------------------- JavaScript / TypeScript

const JS_IMPORT = /\bimport\s+(?:type\s+)?([\w$*{}\s,]{1,800}?)\s*from\s*(['"])([^'"\n]+)\2/g;
const JS_REQUIRE =
  /\b(?:const|let|var)\s+(\{[^}]{0,800}\}|[\w$]+)\s*=\s*(?:await\s+)?(?:require|import)\s*\(\s*(['"])([^'"\n]+)\2\s*\)/g;
const JS_IMPORT_EQUALS = /\bimport\s+([\w$]+)\s*=\s*require\s*\(\s*(['"])([^'"\n]+)\2\s*\)/g;

/** '@tensorflow/tfjs', '-node', '-node-gpu', '-core', '-layers', ... all map to the one `tf` namespace. */
function jsModule(spec: string): string | undefined {
  return /^@tensorflow\/tfjs(?:-[\w-]+)?$/.test(spec) ? 'tf' : undefined;
}

function jsImports(text: string, info: DocInfo): void {
  const bindClause = (clause: string, mod: string): void => {
    const braces = clause.match(/\{([^}]*)\}/);
    if (braces) {
      for (const item of braces[1]!.split(',')) {
        const parts = item.trim().split(/\s+/);
        const name = parts[0];
        if (!name || name === 'type') continue;
        const alias = parts[1] === 'as' && parts[2] ? parts[2] : name;
        info.names.set(alias, `${mod}.${name}`);
      }
    }
    const star = clause.match(/\*\s*as\s+([\w$]+)/);
    if (star) info.names.set(star[1]!, mod);
    const rest = clause.replace(/\{[^}]*\}/, '').replace(/\*\s*as\s+[\w$]+/, '');
    const def = rest.match(/^\s*([\w$]+)/);
    if (def) info.names.set(def[1]!, mod);
  };
  for (const re of [JS_IMPORT, JS_REQUIRE, JS_IMPORT_EQUALS]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let guard = 0;
    while ((m = re.exec(text)) && guard++ < 100000) {
      const mod = jsModule(m[3]!);
      if (!mod) continue;
      info.roots.add('tfjs');
      const clause = m[1]!;
      if (re === JS_REQUIRE && clause.startsWith('{')) {
        // const {layers, relu: r} = require(...)
        for (const item of clause.slice(1, -1).split(',')) {
          const [name, alias] = item.split(':').map((x) => x.trim());
          if (name && /^[\w$]+$/.test(name)) info.names.set(alias && /^[\w$]+$/.test(alias) ? alias : name, `${mod}.${name}`);
        }
      } else bindClause(clause, mod);
    }
  }
  // A page that loads TF.js from a <script> tag uses the global `tf`.
  if (!info.names.has('tf') && /\btf\s*\.\s*(?:layers|sequential|model|tensor[1-6]?d?|train|loadLayersModel|loadGraphModel|tidy|relu|sigmoid)\b/.test(text)) {
    info.roots.add('tfjs');
  }
}

// ---------------------------------------------------------------- C++

const CPP_NS_ALIAS = /\bnamespace\s+(\w+)\s*=\s*(?:::)?\s*([\w:\s]+?)\s*;/g;
const CPP_USING_NS = /\busing\s+namespace\s+(?:::)?\s*([\w:\s]+?)\s*;/g;
const CPP_USING = /\busing\s+(?:::)?\s*((?:\w+\s*::\s*)+(\w+))\s*;/g;

function cppPath(s: string): string {
  const p = s.replace(/\s+/g, '').replace(/::/g, '.');
  return p === 'at' || p.startsWith('at.') ? 'torch' + p.slice(2) : p;
}

function cppImports(text: string, info: DocInfo): void {
  let m: RegExpExecArray | null;
  CPP_NS_ALIAS.lastIndex = 0;
  while ((m = CPP_NS_ALIAS.exec(text))) info.names.set(m[1]!, cppPath(m[2]!));
  CPP_USING_NS.lastIndex = 0;
  while ((m = CPP_USING_NS.exec(text))) info.stars.push(cppPath(m[1]!));
  CPP_USING.lastIndex = 0;
  while ((m = CPP_USING.exec(text))) if (!/\bnamespace\b/.test(m[1]!)) info.names.set(m[2]!, cppPath(m[1]!));
  if (/#\s*include\s*[<"](?:torch|ATen)\//.test(text) || /\b(?:torch|at)\s*::/.test(text)) info.roots.add('torch');
}

// ---------------------------------------------------------------- Julia

const JL_USING = /^[ \t]*(using|import)[ \t]+([^\n#;]+)/gm;

/** `Flux`, `NNlib`, `Lux`, `Flux.NNlib` -> 'NNlib' (their activations are NNlib's); anything else as written. */
function juliaPath(pkg: string): string {
  const parts = pkg.split('.');
  if (parts.length === 1 && JULIA_NNLIB_PACKAGES.has(pkg)) return 'NNlib';
  if (parts.length === 2 && JULIA_NNLIB_PACKAGES.has(parts[0]!) && parts[1] === 'NNlib') return 'NNlib';
  return pkg;
}

function juliaImports(text: string, info: DocInfo): void {
  JL_USING.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = JL_USING.exec(text)) && guard++ < 100000) {
    const body = m[2]!.trim();
    const colon = body.indexOf(':');
    if (colon > 0) {
      const pkg = body.slice(0, colon).trim();
      const path = juliaPath(pkg);
      if (path === 'NNlib') info.roots.add('NNlib');
      for (const item of body.slice(colon + 1).split(',')) {
        const parts = item.trim().split(/\s+/);
        const name = parts[0];
        if (!name) continue;
        info.names.set(parts[1] === 'as' && parts[2] ? parts[2] : name, `${path}.${name}`);
      }
    } else {
      for (const item of body.split(',')) {
        const parts = item.trim().split(/\s+/);
        const pkg = parts[0];
        if (!pkg || !/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(pkg)) continue;
        const path = juliaPath(pkg);
        if (path === 'NNlib') info.roots.add('NNlib');
        const local = parts[1] === 'as' && parts[2] ? parts[2] : pkg.split('.').pop()!;
        info.names.set(local, path);
        if (m[1] === 'using') info.stars.push(path);
      }
    }
  }
}

const JL_ID = String.raw`[\p{L}_][\p{L}\p{N}_!′]*`;
const JL_ASSIGN = new RegExp(
  String.raw`^[ \t]*(?:@[\w.]+[ \t]+)?(?:(?:local|global|const|let)[ \t]+)?\(?(${JL_ID}(?:[ \t]*,[ \t]*${JL_ID})*)\)?[ \t]*(?:::[^=\n]*)?=(?![=>])`,
  'gmu',
);
/** Fields of a struct: bare names (or `name::T`) on their own lines between `struct X` and `end`. */
const JL_STRUCT = /\bstruct[ \t]+[^\n]*\n((?:[ \t]*[^\n]*\n){0,200}?)[ \t]*end\b/gu;
const JL_FIELD = new RegExp(String.raw`^[ \t]*(${JL_ID})[ \t]*(?:::[^\n]*)?$`, 'gmu');
/** A struct on one line: `struct MyDense; W; b; σ; end`. */
const JL_STRUCT_LINE = /\bstruct[ \t]+[^\n;]*;([^\n]*?)\bend\b/gu;
const JL_FOR = new RegExp(String.raw`\bfor[ \t]+\(?(${JL_ID}(?:[ \t]*,[ \t]*${JL_ID})*)\)?[ \t]*(?:in\b|=|∈)`, 'gu');
/** Parameters, whose defaults may call a function one level deep: `x, a=oftf(x, 0.01)`. */
const JL_PARAM_LIST = String.raw`((?:[^()\n]|\([^()\n]*\))*)`;
const JL_PARAMS = String.raw`\(${JL_PARAM_LIST}\)`;
/** `function f(params...`: the list need not close on the line (parameters one a line). */
const JL_FUNCTION = new RegExp(String.raw`\bfunction[ \t]+(${JL_ID}(?:\.${JL_ID})*)?[ \t]*(?:\{[^}\n]*\})?[ \t]*\(${JL_PARAM_LIST}`, 'gu');
const JL_SHORT_DEF = new RegExp(String.raw`^[ \t]*(${JL_ID}(?:\.${JL_ID})*)[ \t]*(?:\{[^}\n]*\})?${JL_PARAMS}[ \t]*(?:::[^=\n]*)?(?:where[^=\n]*)?=(?![=>])`, 'gmu');
const JL_LAMBDA = new RegExp(String.raw`(?:\(([^()\n]*)\)|(${JL_ID}))[ \t]*->`, 'gu');
const JL_PARAM = new RegExp(String.raw`^[ \t]*(${JL_ID})`, 'u');

function juliaLocals(text: string, info: DocInfo): void {
  const add = (name: string | undefined): void => {
    if (name && !name.includes('.')) info.locals.add(name);
  };
  const addParams = (list: string | undefined): void => {
    if (!list) return;
    // split at top-level commas only: `a=oftf(x, 0.01)` is one parameter
    let depth = 0;
    let from = 0;
    for (let i = 0; i <= list.length; i++) {
      const c = list[i];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') depth--;
      else if (i === list.length || ((c === ',' || c === ';') && depth <= 0)) {
        add(JL_PARAM.exec(list.slice(from, i))?.[1]);
        from = i + 1;
      }
    }
  };
  let m: RegExpExecArray | null;
  let guard = 0;
  for (const re of [JL_ASSIGN, JL_FOR]) {
    re.lastIndex = 0;
    while ((m = re.exec(text)) && guard++ < 200000) for (const n of m[1]!.split(',')) add(n.trim());
  }
  for (const re of [JL_FUNCTION, JL_SHORT_DEF]) {
    re.lastIndex = 0;
    while ((m = re.exec(text)) && guard++ < 200000) {
      add(m[1]);
      addParams(m[2]);
    }
  }
  JL_STRUCT.lastIndex = 0;
  while ((m = JL_STRUCT.exec(text)) && guard++ < 200000) {
    JL_FIELD.lastIndex = 0;
    let f: RegExpExecArray | null;
    while ((f = JL_FIELD.exec(m[1]!))) add(f[1]);
  }
  JL_STRUCT_LINE.lastIndex = 0;
  while ((m = JL_STRUCT_LINE.exec(text)) && guard++ < 200000) {
    for (const field of m[1]!.split(';')) add(JL_PARAM.exec(field)?.[1]);
  }
  JL_LAMBDA.lastIndex = 0;
  while ((m = JL_LAMBDA.exec(text)) && guard++ < 200000) {
    addParams(m[1]);
    add(m[2]);
  }
}
