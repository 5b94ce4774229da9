// A small scanner for the four language families the recognizer reads: it finds identifiers, numbers, strings,
// brackets and operators, skips comments, and links every bracket to its partner. It never throws: unterminated
// strings and comments end at the scan bound, unbalanced brackets are left unmatched (`m = -1`).

export type Lang = 'python' | 'js' | 'cpp' | 'julia';

export const enum K {
  Id = 1,
  Num,
  Str,
  Op,
  Open,
  Close,
  /** End of a logical line at bracket depth 0 (Python and Julia only). */
  Nl,
}

export interface Tok {
  k: K;
  /** Offsets of the token in the text (end exclusive). */
  s: number;
  e: number;
  /** Id, Op, Open, Close: the text; Str: the contents; Num: the literal as written. */
  v: string;
  /** Num: its value (NaN when it is not a plain real, e.g. `1j`). */
  n: number;
  /** Str: a plain literal whose contents are its value (no interpolation, no bytes/format prefix). */
  plain: boolean;
  /** Str: offsets of the contents. */
  cs: number;
  ce: number;
  /** Open/Close: index of the partner bracket, -1 if none. */
  m: number;
  /** Index of the innermost enclosing Open, -1 at the top level of the scanned range. */
  p: number;
}

const OPS: Record<Lang, readonly string[]> = {
  python: ['**=', '//=', '>>=', '<<=', '...', '**', '//', '==', '!=', '<=', '>=', '->', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', ':=', '<<', '>>', '@='],
  js: ['>>>=', '===', '!==', '**=', '>>>', '<<=', '>>=', '...', '&&=', '||=', '??=', '=>', '==', '!=', '<=', '>=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '&&', '||', '??', '?.', '++', '--', '**', '<<', '>>'],
  cpp: ['<<=', '>>=', '->*', '...', '::', '->', '==', '!=', '<=', '>=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '&&', '||', '++', '--', '<<', '>>', '.*'],
  julia: ['@.', '.==', '.<=', '.>=', '.!=', '...', '::', '->', '=>', '==', '!=', '<=', '>=', '+=', '-=', '*=', '/=', '^=', '&&', '||', '//', '|>', '<:', '>:', '.+', '.-', '.*', './', '.^', '.=', '.<', '.>', '.&', '.|', '.÷', '÷', '≤', '≥', '≠', '∈'],
};

/** Multi-character operators by their first (ASCII) character, longest first. */
const OP_INDEX: Record<Lang, (string[] | undefined)[]> = (() => {
  const out = {} as Record<Lang, (string[] | undefined)[]>;
  for (const lang of Object.keys(OPS) as Lang[]) {
    const idx: (string[] | undefined)[] = new Array(128).fill(undefined);
    for (const o of [...OPS[lang]].sort((a, b) => b.length - a.length)) {
      const c = o.charCodeAt(0);
      if (c < 128) (idx[c] ??= []).push(o);
    }
    out[lang] = idx;
  }
  return out;
})();

const PY_PREFIX = /^(?:[rRuUbBfFtT]|[rR][bBfFtT]|[bBfFtT][rR])$/;
const CPP_PREFIX = /^(?:L|u8?|U)?R?$/;
const JS_REGEX_AFTER = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await',
]);

const ID_START = /[\p{L}\p{Nl}]/u;
const ID_PART = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\p{No}\p{Lm}\u2032-\u2037]/u;

function isAsciiIdStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Length of the identifier starting at i (0 if none). */
function identLength(text: string, i: number, to: number, lang: Lang): number {
  let j = i;
  const c0 = text.charCodeAt(j);
  if (isAsciiIdStart(c0) || (lang === 'js' && c0 === 36)) j++;
  else if (c0 > 127) {
    const cp = text.codePointAt(j) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (!ID_START.test(ch)) return 0;
    j += ch.length;
  } else return 0;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (isAsciiIdStart(c) || isDigit(c) || (lang === 'js' && c === 36)) j++;
    else if (lang === 'julia' && c === 33 && text.charCodeAt(j + 1) !== 61) j++; // `push!`, not `a!=b`
    else if (c > 127) {
      const cp = text.codePointAt(j) ?? 0;
      const ch = String.fromCodePoint(cp);
      if (!ID_PART.test(ch)) break;
      j += ch.length;
    } else break;
  }
  return j - i;
}

/** Scans a number at i; returns its end and value. */
function scanNumber(text: string, i: number, to: number, lang: Lang): { end: number; value: number } {
  let j = i;
  const next = text.charCodeAt(j + 1) | 32;
  if (text.charCodeAt(j) === 48 && (next === 120 || next === 98 || next === 111)) {
    j += 2;
    while (j < to && /[0-9a-fA-F_']/.test(text[j]!)) j++;
    const raw = text.slice(i, j).replace(/[_']/g, '');
    const v = raw.length > 2 ? Number(raw.toLowerCase()) : NaN;
    return { end: j, value: v };
  }
  const digits = (): void => {
    while (j < to) {
      const c = text.charCodeAt(j);
      if (isDigit(c) || (c === 95 && isDigit(text.charCodeAt(j + 1)))) j++;
      else if (lang === 'cpp' && c === 39 && isDigit(text.charCodeAt(j + 1))) j++;
      else break;
    }
  };
  digits();
  let imaginary = false;
  if (j < to && text.charCodeAt(j) === 46) {
    const n1 = text.charCodeAt(j + 1);
    // `1..2` (range), `x.relu` never reach here; `1.e5` and `1.` are floats. Julia's `1.+x` is `1 .+ x`.
    const juliaDotOp = lang === 'julia' && /[+\-*/^<>=&|!÷]/.test(text[j + 1] ?? '');
    if (n1 !== 46 && !juliaDotOp && !(isAsciiIdStart(n1) && (n1 | 32) !== 101 && (n1 | 32) !== 102)) {
      j++;
      digits();
    }
  }
  const e = text.charCodeAt(j) | 32;
  if (j < to && (e === 101 || (lang === 'julia' && e === 102))) {
    let k = j + 1;
    const sign = text.charCodeAt(k);
    if (sign === 43 || sign === 45) k++;
    if (isDigit(text.charCodeAt(k))) {
      j = k;
      digits();
    }
  }
  const numEnd = j;
  // Suffixes: Python complex `j`; C++ `f`, `L`, `u`; JS BigInt `n`.
  if (lang === 'python' && j < to && (text.charCodeAt(j) | 32) === 106) {
    imaginary = true;
    j++;
  } else if (lang === 'cpp') {
    while (j < to && /[fFlLuU]/.test(text[j]!)) j++;
  } else if (lang === 'js' && text.charCodeAt(j) === 110) j++;
  let raw = text.slice(i, numEnd).replace(/[_']/g, '');
  if (lang === 'julia') raw = raw.replace(/[fF]/, 'e');
  const value = imaginary ? NaN : Number(raw);
  return { end: j, value };
}

interface StrScan {
  end: number;
  cs: number;
  ce: number;
  plain: boolean;
}

/** A quoted string starting with the quote at i. `multiline` strings may span lines. */
function scanQuoted(text: string, i: number, to: number, multilineAll: boolean): StrScan {
  const q = text.charCodeAt(i);
  const triple = text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q;
  if (triple) {
    let j = i + 3;
    while (j < to) {
      const c = text.charCodeAt(j);
      if (c === 92) j += 2;
      else if (c === q && text.charCodeAt(j + 1) === q && text.charCodeAt(j + 2) === q) {
        return { end: j + 3, cs: i + 3, ce: j, plain: true };
      } else j++;
    }
    return { end: to, cs: i + 3, ce: to, plain: false };
  }
  let j = i + 1;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c === 92) j += 2;
    else if (c === q) return { end: j + 1, cs: i + 1, ce: j, plain: true };
    else if (c === 10 && !multilineAll) return { end: j, cs: i + 1, ce: j, plain: false };
    else j++;
  }
  const end = Math.min(j, to);
  return { end, cs: i + 1, ce: end, plain: false };
}

/** JS template literal at i; nested `${...}` are skipped (bounded recursion). */
function scanTemplate(text: string, i: number, to: number, depth = 0): StrScan {
  let j = i + 1;
  let plain = true;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c === 92) j += 2;
    else if (c === 96) return { end: j + 1, cs: i + 1, ce: j, plain };
    else if (c === 36 && text.charCodeAt(j + 1) === 123) {
      plain = false;
      j += 2;
      let braces = 1;
      while (j < to && braces > 0) {
        const d = text.charCodeAt(j);
        if (d === 123) braces++;
        else if (d === 125) braces--;
        if (braces === 0) break;
        if ((d === 39 || d === 34) && depth < 4) j = scanQuoted(text, j, to, false).end;
        else if (d === 96 && depth < 4) j = scanTemplate(text, j, to, depth + 1).end;
        else j++;
      }
      j++;
    } else j++;
  }
  const end = Math.min(j, to);
  return { end, cs: i + 1, ce: end, plain: false };
}

/** Julia string at i (`"` or `"""`), with `$(...)` interpolation skipped. */
function scanJuliaString(text: string, i: number, to: number): StrScan {
  const triple = text.startsWith('"""', i);
  let j = i + (triple ? 3 : 1);
  const cs = j;
  let plain = true;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c === 92) j += 2;
    else if (c === 34 && (!triple || text.startsWith('"""', j))) {
      return { end: j + (triple ? 3 : 1), cs, ce: j, plain };
    } else if (c === 36) {
      plain = false;
      if (text.charCodeAt(j + 1) === 40) {
        j += 2;
        let depth = 1;
        while (j < to && depth > 0) {
          const d = text.charCodeAt(j);
          if (d === 40) depth++;
          else if (d === 41) depth--;
          else if (d === 34) {
            j = scanJuliaString(text, j, to).end;
            continue;
          }
          j++;
        }
      } else j++;
    } else j++;
  }
  const end = Math.min(j, to);
  return { end, cs, ce: end, plain: false };
}

function scanCppRaw(text: string, i: number, to: number): StrScan | undefined {
  // i at the opening quote of R"delim( ... )delim"
  const open = text.indexOf('(', i);
  if (open < 0 || open - i > 17) return undefined;
  const delim = text.slice(i + 1, open);
  if (/[\s()\\]/.test(delim)) return undefined;
  const close = text.indexOf(')' + delim + '"', open);
  if (close < 0 || close >= to) return { end: to, cs: open + 1, ce: to, plain: false };
  return { end: close + delim.length + 2, cs: open + 1, ce: close, plain: true };
}

/**
 * Tokens of text[from, to). Offsets are absolute. The scan is linear in to - from. With `stopAfter`, the scan
 * ends early once past that offset the statement there is complete: its enclosing bracket closed, or a
 * statement end (newline at depth 0 in Python/Julia, `;`) at its depth.
 */
export function lex(text: string, from: number, to: number, lang: Lang, stopAfter = Infinity): Tok[] {
  const toks: Tok[] = [];
  const stack: number[] = [];
  const opIndex = OP_INDEX[lang];
  const hashComments = lang === 'python' || lang === 'julia';
  const slashComments = lang === 'js' || lang === 'cpp';
  const newlines = lang === 'python' || lang === 'julia';
  from = Math.max(0, Math.min(from, text.length));
  to = Math.max(from, Math.min(to, text.length));
  let i = from;

  const push = (k: K, s: number, e: number, v: string, n = NaN): Tok => {
    const t: Tok = { k, s, e, v, n, plain: false, cs: s, ce: e, m: -1, p: stack.length ? stack[stack.length - 1]! : -1 };
    toks.push(t);
    return t;
  };
  const pushStr = (s: number, r: StrScan, plainAllowed: boolean): void => {
    const t = push(K.Str, s, r.end, '');
    t.cs = r.cs;
    t.ce = r.ce;
    t.plain = r.plain && plainAllowed;
    t.v = t.plain ? text.slice(r.cs, r.ce) : '';
  };

  let stopDepth = -1;
  while (i < to) {
    if (i >= stopAfter) {
      // depth of the statement at the offset: taken before the first token that starts at or after it
      if (stopDepth < 0) stopDepth = stack.length;
      else {
        const last = toks[toks.length - 1];
        if (stack.length < stopDepth) break;
        if (stack.length === stopDepth && last && last.s >= stopAfter && (last.k === K.Nl || (last.k === K.Op && last.v === ';'))) break;
      }
    }
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (newlines && stack.length === 0 && toks.length && toks[toks.length - 1]!.k !== K.Nl) push(K.Nl, i, i + 1, '\n');
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff) {
      i++;
      continue;
    }
    if (c === 92 && (lang === 'python' || lang === 'cpp')) {
      // line continuation
      let j = i + 1;
      if (text.charCodeAt(j) === 13) j++;
      if (text.charCodeAt(j) === 10) {
        i = j + 1;
        continue;
      }
    }
    // Comments
    if (hashComments && c === 35) {
      if (lang === 'julia' && text.charCodeAt(i + 1) === 61) {
        let depth = 1;
        let j = i + 2;
        while (j < to && depth > 0) {
          if (text.charCodeAt(j) === 35 && text.charCodeAt(j + 1) === 61) {
            depth++;
            j += 2;
          } else if (text.charCodeAt(j) === 61 && text.charCodeAt(j + 1) === 35) {
            depth--;
            j += 2;
          } else j++;
        }
        i = j;
        continue;
      }
      const nl = text.indexOf('\n', i);
      i = nl < 0 || nl > to ? to : nl;
      continue;
    }
    if (slashComments && c === 47) {
      const n1 = text.charCodeAt(i + 1);
      if (n1 === 47) {
        const nl = text.indexOf('\n', i);
        i = nl < 0 || nl > to ? to : nl;
        continue;
      }
      if (n1 === 42) {
        const end = text.indexOf('*/', i + 2);
        i = end < 0 || end + 2 > to ? to : end + 2;
        continue;
      }
      if (lang === 'js') {
        const prev = toks[toks.length - 1];
        const regexAllowed =
          !prev ||
          prev.k === K.Open ||
          (prev.k === K.Op && prev.v !== '++' && prev.v !== '--') ||
          (prev.k === K.Id && JS_REGEX_AFTER.has(prev.v)) ||
          (prev.k === K.Close && prev.v === '}');
        if (regexAllowed) {
          let j = i + 1;
          let inClass = false;
          let ok = false;
          while (j < to) {
            const d = text.charCodeAt(j);
            if (d === 10) break;
            if (d === 92) j += 2;
            else if (d === 91) {
              inClass = true;
              j++;
            } else if (d === 93) {
              inClass = false;
              j++;
            } else if (d === 47 && !inClass) {
              ok = true;
              j++;
              break;
            } else j++;
          }
          if (ok) {
            while (j < to && /[a-z]/i.test(text[j]!)) j++;
            const t = push(K.Str, i, j, '');
            t.cs = i + 1;
            t.ce = j;
            i = j;
            continue;
          }
        }
      }
    }
    // Strings
    if (c === 34 || c === 39 || (c === 96 && (lang === 'js' || lang === 'julia'))) {
      if (lang === 'python') {
        pushStr(i, scanQuoted(text, i, to, false), true);
        i = toks[toks.length - 1]!.e;
        continue;
      }
      if (lang === 'js') {
        const r = c === 96 ? scanTemplate(text, i, to) : scanQuoted(text, i, to, false);
        pushStr(i, r, true);
        i = r.end;
        continue;
      }
      if (lang === 'cpp') {
        const r = scanQuoted(text, i, to, false);
        pushStr(i, r, c === 34);
        i = r.end;
        continue;
      }
      // julia
      if (c === 34) {
        const r = scanJuliaString(text, i, to);
        pushStr(i, r, true);
        i = r.end;
        continue;
      }
      if (c === 96) {
        const r = scanQuoted(text, i, to, true);
        pushStr(i, r, false);
        i = r.end;
        continue;
      }
      // ' : transpose after a value with no space, else a character literal
      const prev = toks[toks.length - 1];
      if (prev && prev.e === i && (prev.k === K.Id || prev.k === K.Num || prev.k === K.Close || (prev.k === K.Op && prev.v === "'"))) {
        push(K.Op, i, i + 1, "'");
        i++;
        continue;
      }
      let j = i + 1;
      if (text.charCodeAt(j) === 92) j += 2;
      else j += (text.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
      while (j < to && j - i < 12 && text.charCodeAt(j) !== 39 && text.charCodeAt(j) !== 10) j++;
      if (text.charCodeAt(j) === 39) {
        const t = push(K.Str, i, j + 1, '');
        t.cs = i + 1;
        t.ce = j;
        i = j + 1;
      } else {
        push(K.Op, i, i + 1, "'");
        i++;
      }
      continue;
    }
    // Identifiers (and prefixed strings)
    const idLen = identLength(text, i, to, lang);
    if (idLen > 0) {
      const name = text.slice(i, i + idLen);
      const after = text.charCodeAt(i + idLen);
      if (after === 34 || after === 39) {
        if (lang === 'python' && PY_PREFIX.test(name)) {
          const r = scanQuoted(text, i + idLen, to, false);
          pushStr(i, r, !/[bBfFtT]/.test(name));
          i = r.end;
          continue;
        }
        if (lang === 'cpp' && CPP_PREFIX.test(name)) {
          if (name.endsWith('R') && after === 34) {
            const r = scanCppRaw(text, i + idLen, to);
            if (r) {
              pushStr(i, r, false);
              i = r.end;
              continue;
            }
          } else {
            const r = scanQuoted(text, i + idLen, to, false);
            pushStr(i, r, false);
            i = r.end;
            continue;
          }
        }
        if (lang === 'julia' && after === 34) {
          const r = scanJuliaString(text, i + idLen, to);
          pushStr(i, r, false);
          i = r.end;
          continue;
        }
      }
      push(K.Id, i, i + idLen, name);
      i += idLen;
      continue;
    }
    // Numbers
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)) && !(toks.length && toks[toks.length - 1]!.e === i && toks[toks.length - 1]!.k === K.Id))) {
      const r = scanNumber(text, i, to, lang);
      push(K.Num, i, r.end, text.slice(i, r.end), r.value);
      i = Math.max(r.end, i + 1);
      continue;
    }
    // Brackets
    if (c === 40 || c === 91 || c === 123) {
      push(K.Open, i, i + 1, text[i]!);
      stack.push(toks.length - 1);
      i++;
      continue;
    }
    if (c === 41 || c === 93 || c === 125) {
      const want = c === 41 ? '(' : c === 93 ? '[' : '{';
      let k = stack.length - 1;
      while (k >= 0 && stack.length - k <= 3 && toks[stack[k]!]!.v !== want) k--;
      if (k >= 0 && toks[stack[k]!]!.v === want) {
        const open = stack[k]!;
        stack.length = k;
        const t = push(K.Close, i, i + 1, text[i]!);
        t.m = open;
        t.p = toks[open]!.p;
        toks[open]!.m = toks.length - 1;
      } else {
        push(K.Close, i, i + 1, text[i]!);
      }
      i++;
      continue;
    }
    // Operators: maximal munch over this language's multi-character operators starting with this character
    let op = '';
    const cands = c < 128 ? opIndex[c] : undefined;
    if (cands) {
      for (const o of cands) {
        let k = 1;
        while (k < o.length && text.charCodeAt(i + k) === o.charCodeAt(k)) k++;
        if (k === o.length) {
          op = o;
          break;
        }
      }
    }
    if (!op) op = c < 0xd800 || c > 0xdfff ? text[i]! : String.fromCodePoint(text.codePointAt(i) ?? 0);
    // `?.5` is a conditional followed by a number, not optional chaining
    if (op === '?.' && isDigit(text.charCodeAt(i + 2))) op = '?';
    push(K.Op, i, i + op.length, op);
    i += op.length;
  }
  return toks;
}

/**
 * Index of the token under `offset`, or -1. An identifier also counts when the offset is at its end (VS Code's
 * word-at-position semantics), unless another identifier starts there.
 */
export function tokenAt(toks: readonly Tok[], offset: number): number {
  let lo = 0;
  let hi = toks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = toks[mid]!;
    if (t.s > offset) hi = mid - 1;
    else if (t.e <= offset) lo = mid + 1;
    else {
      found = mid;
      break;
    }
  }
  if (found >= 0 && (toks[found]!.k === K.Id || toks[found]!.k === K.Str)) return found;
  const beforeIdx = found >= 0 ? found - 1 : hi;
  const before = toks[beforeIdx];
  if (before && before.e === offset && before.k === K.Id) return beforeIdx;
  return found >= 0 && toks[found]!.k !== K.Nl ? found : -1;
}
