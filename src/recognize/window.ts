// The bounded piece of text a hover reads: from a line that surely starts a statement (a `def`, `class`,
// `import`, `function`... line) at most BACK characters before the offset, to FORWARD characters after it.

import type { Lang } from './lexer';

export const BACK = 8192;
/** Without an anchor the start is a guess anyway: a shorter reach keeps long minified lines cheap. */
export const BACK_UNANCHORED = 2048;
export const FORWARD = 4096;

const ANCHORS: Record<Lang, RegExp> = {
  python: /[ \t]*(?:(?:async[ \t]+)?def[ \t]|class[ \t]|@[A-Za-z_]|import[ \t]|from[ \t]+[\w.]+[ \t]+import\b|if[ \t]+__name__\b)/y,
  js: /[ \t]*(?:export[ \t]|import[ \t{*'"]|(?:async[ \t]+)?function\b|class[ \t]|const[ \t]|let[ \t]|var[ \t])/y,
  cpp: /(?:[ \t]*#[ \t]*(?:include|define|if|pragma)\b|[ \t]*(?:namespace|using|template|class|struct)\b|[A-Za-z_])/y,
  julia:
    /(?:function\b|module\b|using\b|import\b|struct\b|mutable[ \t]+struct\b|abstract[ \t]+type\b|macro\b|const\b|export\b|end\b|@|[ \t]+function\b|[A-Za-z_\u0080-\uffff][\w!\u0080-\uffff]*[ \t]*=[^=>])/y,
};

/** [from, to) of the text a hover at `offset` lexes. */
export function windowFor(text: string, offset: number, lang: Lang): [number, number] {
  const limit = Math.max(0, offset - BACK);
  const to = Math.min(text.length, offset + FORWARD);
  const anchor = ANCHORS[lang];
  // Start of the line holding the offset.
  let ls = offset;
  while (ls > limit && text.charCodeAt(ls - 1) !== 10) ls--;
  let lastLineStart = -1;
  while (ls >= limit) {
    if (ls === 0 || text.charCodeAt(ls - 1) === 10) {
      lastLineStart = ls;
      anchor.lastIndex = ls;
      if (anchor.test(text)) return [ls, to];
      if (ls === 0) return [0, to];
    }
    // previous line start
    let p = ls - 1;
    while (p > limit && text.charCodeAt(p - 1) !== 10) p--;
    if (p < limit || p === ls) break;
    if (p === limit && p > 0 && text.charCodeAt(p - 1) !== 10) break;
    ls = p;
  }
  // No anchor in reach: start at the first line start within BACK_UNANCHORED, or at that bound in a long line.
  const near = Math.max(0, offset - BACK_UNANCHORED);
  if (lastLineStart >= near) {
    let p = near;
    while (p < offset && p > 0 && text.charCodeAt(p - 1) !== 10) p++;
    return [p, to];
  }
  return [near, to];
}
