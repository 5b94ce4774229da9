// Number and TeX-to-text formatting for the webview. Pure: unit-tested in Node.

/** A readout number: 6 significant digits, exponent form outside [1e-4, 1e6), '−' for minus. */
export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return '—';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  const s = a >= 1e6 || a < 1e-4 ? v.toExponential(5).replace(/\.?0+e/, 'e').replace('e+', 'e') : String(Number(v.toPrecision(6)));
  return s.replace('-', '−');
}

/** A parameter value as its input shows it: full precision, 'inf' for Infinity. */
export function paramText(v: number): string {
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  return String(v);
}

/** Reads what a user typed into a parameter field: a number, 'inf'/'Infinity'/'∞' (signed); NaN otherwise. */
export function parseNumber(text: string): number {
  const t = text.trim().replace(/^\u2212/, '-').replace(/,/g, '.');
  if (/^[+-]?(inf|infinity|∞)$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return NaN;
  return Number(t);
}

const SYMBOLS: Record<string, string> = {
  infty: '∞', alpha: 'α', beta: 'β', gamma: 'γ', lambda: 'λ', theta: 'θ', mu: 'μ', sigma: 'σ', epsilon: 'ε',
  tau: 'τ', pi: 'π', cdot: '·', times: '×', le: '≤', ge: '≥', leq: '≤', geq: '≥', pm: '±', approx: '≈', cup: '∪', cap: '∩', infin: '∞',
};

/**
 * Plain text for the small TeX used in property ranges, e.g. `[-\lambda\alpha, \infty)` -> `[−λα, ∞)`,
 * `\{0\} \cup (1, \infty)` -> `{0} ∪ (1, ∞)`. Unknown commands keep their name; grouping braces are dropped.
 */
export function texToText(tex: string): string {
  return tex
    .replace(/\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}/g, '$1/$2')
    .replace(/\\\{/g, '\u0001')
    .replace(/\\\}/g, '\u0002')
    .replace(/\\(?:left|right|mathrm|text|operatorname|displaystyle)(?![A-Za-z])\s*/g, '')
    .replace(/\\[,;!]/g, ' ')
    .replace(/\\([A-Za-z]+)/g, (_, name: string) => SYMBOLS[name] ?? name)
    .replace(/\^\{([^}]*)\}/g, '^$1')
    .replace(/[{}]/g, '')
    .replace(/\u0001/g, '{')
    .replace(/\u0002/g, '}')
    .replace(/-/g, '−')
    .replace(/\s+/g, ' ')
    .trim();
}
