// Argument lists and literal values: splits a call's arguments and evaluates the ones that are literals
// (numbers, simple arithmetic of numbers, booleans, strings, None/null, infinity spellings).

import { K, type Lang, type Tok } from './lexer';

export type Val =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'none' }
  | { t: 'expr' };

export const EXPR: Val = { t: 'expr' };
export const NONE: Val = { t: 'none' };

/** One argument: its value's tokens are [a, b). */
export interface Arg {
  a: number;
  b: number;
  kw?: string;
  /** `*args`, `**kwargs`, `...spread`, `args...`: hides any number of arguments. */
  star?: boolean;
}

/**
 * Arguments of the call whose '(' is toks[open]. Undefined when the bracket is not closed in the scanned range.
 * Julia keyword arguments after `;` come back with `kw` set.
 */
export function splitArgs(toks: readonly Tok[], open: number, lang: Lang): Arg[] | undefined {
  const close = toks[open]?.m ?? -1;
  if (close < 0) return undefined;
  const out: Arg[] = [];
  let start = open + 1;
  let afterSemicolon = false;
  for (let j = open + 1; j <= close; j++) {
    const t = toks[j]!;
    const sep = j === close || (t.p === open && t.k === K.Op && (t.v === ',' || (lang === 'julia' && t.v === ';')));
    if (!sep) continue;
    if (j > start) out.push(makeArg(toks, start, j, lang, afterSemicolon));
    if (t.v === ';') afterSemicolon = true;
    start = j + 1;
  }
  return out;
}

function makeArg(toks: readonly Tok[], a: number, b: number, lang: Lang, juliaKw: boolean): Arg {
  const first = toks[a]!;
  if (first.k === K.Op && (first.v === '*' || first.v === '**' || first.v === '...')) return { a: a + 1, b, star: true };
  const last = toks[b - 1]!;
  if (lang === 'julia' && last.k === K.Op && last.v === '...') return { a, b: b - 1, star: true };
  if (b - a >= 3 && first.k === K.Id && toks[a + 1]!.k === K.Op && toks[a + 1]!.v === '=' && lang !== 'js' && lang !== 'cpp') {
    return { a: a + 2, b, kw: first.v };
  }
  if (juliaKw && b - a === 1 && first.k === K.Id) return { a, b, kw: first.v }; // f(x; alpha) shorthand
  return { a, b };
}

/** Properties of a JS object literal `{...}` at toks[open]: key -> value token range. */
export function objectProps(toks: readonly Tok[], open: number): { props: Map<string, Arg>; spread: boolean } | undefined {
  const close = toks[open]?.m ?? -1;
  if (close < 0 || toks[open]!.v !== '{') return undefined;
  const props = new Map<string, Arg>();
  let spread = false;
  let start = open + 1;
  for (let j = open + 1; j <= close; j++) {
    const t = toks[j]!;
    if (!(j === close || (t.p === open && t.k === K.Op && t.v === ','))) continue;
    if (j > start) {
      const k0 = toks[start]!;
      if (k0.k === K.Op && k0.v === '...') spread = true;
      else if ((k0.k === K.Id || (k0.k === K.Str && k0.plain)) && j - start >= 3 && toks[start + 1]!.v === ':') {
        props.set(k0.k === K.Id ? k0.v : k0.v, { a: start + 2, b: j, kw: k0.v });
      } else if (k0.k === K.Id && j - start === 1) {
        props.set(k0.v, { a: start, b: j, kw: k0.v }); // shorthand {alpha}
      }
    }
    start = j + 1;
  }
  return { props, spread };
}

const INF_NAMES = new Set(['inf', 'Inf', 'Inf64', 'Inf32', 'Inf16', 'Infinity', 'INFINITY', 'HUGE_VAL']);
const INF_ROOTS = new Set(['math', 'np', 'numpy', 'torch', 'jnp', 'Number', 'std', 'tf', 'cmath']);

/** Evaluates toks[a, b) if it is a literal; otherwise `{t: 'expr'}`. */
export function evalRange(toks: readonly Tok[], a: number, b: number, lang: Lang): Val {
  if (b <= a || b - a > 40) return EXPR;
  if (b - a === 1) {
    const t = toks[a]!;
    if (t.k === K.Str) return t.plain ? { t: 'str', v: t.v } : EXPR;
    if (t.k === K.Id) {
      switch (t.v) {
        case 'True':
          return lang === 'python' ? { t: 'bool', v: true } : EXPR;
        case 'False':
          return lang === 'python' ? { t: 'bool', v: false } : EXPR;
        case 'true':
          return lang !== 'python' ? { t: 'bool', v: true } : EXPR;
        case 'false':
          return lang !== 'python' ? { t: 'bool', v: false } : EXPR;
        case 'None':
          return lang === 'python' ? NONE : EXPR;
        case 'null':
        case 'undefined':
          return lang === 'js' ? NONE : EXPR;
        case 'nullptr':
          return lang === 'cpp' ? NONE : EXPR;
        case 'nothing':
          return lang === 'julia' ? NONE : EXPR;
      }
    }
  }
  const p = new Parser(toks, a, b, lang);
  const v = p.expr(0);
  if (v === undefined || p.i !== b || !Number.isFinite(v) && !(v === Infinity || v === -Infinity)) return EXPR;
  return { t: 'num', v };
}

/** Recursive descent over + - * / // ** ^ and parentheses, numbers and infinity spellings only. */
class Parser {
  i: number;
  constructor(
    private readonly toks: readonly Tok[],
    a: number,
    private readonly b: number,
    private readonly lang: Lang,
  ) {
    this.i = a;
  }
  private peek(): Tok | undefined {
    return this.i < this.b ? this.toks[this.i] : undefined;
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return !!t && t.k === K.Op && t.v === v;
  }
  expr(depth: number): number | undefined {
    if (depth > 8) return undefined;
    let left = this.term(depth);
    while (left !== undefined && (this.isOp('+') || this.isOp('-'))) {
      const op = this.toks[this.i++]!.v;
      const right = this.term(depth);
      if (right === undefined) return undefined;
      left = op === '+' ? left + right : left - right;
    }
    return left;
  }
  private term(depth: number): number | undefined {
    let left = this.unary(depth);
    while (left !== undefined && (this.isOp('*') || this.isOp('/') || this.isOp('//'))) {
      const op = this.toks[this.i++]!.v;
      const right = this.unary(depth);
      if (right === undefined) return undefined;
      if (op === '*') left = left * right;
      else if (op === '/') left = left / right;
      else left = this.lang === 'python' ? Math.floor(left / right) : left / right; // Julia `//` is a rational
    }
    return left;
  }
  private unary(depth: number): number | undefined {
    if (this.isOp('-')) {
      this.i++;
      const v = this.unary(depth);
      return v === undefined ? undefined : -v;
    }
    if (this.isOp('+')) {
      this.i++;
      return this.unary(depth);
    }
    return this.power(depth);
  }
  private power(depth: number): number | undefined {
    const base = this.primary(depth);
    if (base !== undefined && (this.isOp(this.lang === 'julia' ? '^' : '**'))) {
      this.i++;
      const exp = this.unary(depth);
      return exp === undefined ? undefined : Math.pow(base, exp);
    }
    return base;
  }
  private primary(depth: number): number | undefined {
    const t = this.peek();
    if (!t) return undefined;
    if (t.k === K.Num) {
      this.i++;
      return Number.isNaN(t.n) ? undefined : t.n;
    }
    if (t.k === K.Open && t.v === '(') {
      this.i++;
      const v = this.expr(depth + 1);
      const c = this.peek();
      if (v === undefined || !c || c.k !== K.Close || c.v !== ')') return undefined;
      this.i++;
      return v;
    }
    if (t.k === K.Id) {
      // Infinity spellings: inf names, math.inf, np.inf, float('inf'), Float32(0.5), Number.POSITIVE_INFINITY
      // (a bare Python `inf` would have to be imported from somewhere: too ambiguous)
      if (INF_NAMES.has(t.v) && this.lang !== 'python') {
        this.i++;
        return Infinity;
      }
      const next = this.toks[this.i + 1];
      const sep = this.lang === 'cpp' ? '::' : '.';
      if (INF_ROOTS.has(t.v) && next && next.k === K.Op && next.v === sep) {
        const name = this.toks[this.i + 2];
        if (name && name.k === K.Id && (name.v === 'inf' || name.v === 'POSITIVE_INFINITY' || name.v === 'Infinity' || name.v === 'infty')) {
          this.i += 3;
          return Infinity;
        }
        return undefined;
      }
      if (next && next.k === K.Open && next.v === '(' && next.m > 0 && next.m < this.b) {
        const fn = t.v;
        if (fn === 'float' && this.lang === 'python') {
          const s = this.toks[this.i + 2];
          if (s && s.k === K.Str && s.plain && next.m === this.i + 3) {
            const lower = s.v.trim().toLowerCase();
            const v = lower === 'inf' || lower === '+inf' || lower === 'infinity' ? Infinity : lower === '-inf' ? -Infinity : Number(lower);
            if (Number.isNaN(v)) return undefined;
            this.i = next.m + 1;
            return v;
          }
        }
        if (/^(?:Float(?:16|32|64)|float|double|Number|float32|float64)$/.test(fn)) {
          this.i += 2;
          const v = this.expr(depth + 1);
          const c = this.peek();
          if (v === undefined || !c || c.k !== K.Close) return undefined;
          this.i++;
          return v;
        }
      }
    }
    return undefined;
  }
}
