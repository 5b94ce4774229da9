// Double-double arithmetic (a value is hi + lo with |lo| <= ulp(hi)/2), about 106 bits. JS has no fused
// multiply-add, so products are made exact with Dekker's splitting. Each helper returns a tuple (an allocation per
// step), so the activations no longer use them: their kernels carry low parts in scalars (sigmoid-kernels.ts,
// gated-kernels.ts). The DD type remains the result type of the double-double exponentials of sigmoid-kernels.ts.

export type DD = readonly [hi: number, lo: number];

const SPLITTER = 134217729; // 2^27 + 1

/** Exact sum: a + b = s + e. */
export function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  const e = a - (s - bb) + (b - bb);
  return [s, e];
}

/** Exact product: a * b = p + e (valid while a*b does not overflow and |a|, |b| < 2^996). */
export function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  return [p, e];
}

export function dd(hi: number, lo = 0): DD {
  return [hi, lo];
}

export function ddAdd(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  let [hi, lo] = twoSum(s, e + t);
  lo += f;
  [hi, lo] = twoSum(hi, lo);
  return [hi, lo];
}

export function ddAddD(a: DD, b: number): DD {
  const [s, e] = twoSum(a[0], b);
  return twoSum(s, e + a[1]);
}

export function ddNeg(a: DD): DD {
  return [-a[0], -a[1]];
}

export function ddSub(a: DD, b: DD): DD {
  return ddAdd(a, ddNeg(b));
}

export function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return twoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

export function ddMulD(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return twoSum(p, e + a[1] * b);
}

export function ddDiv(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = ddSub(a, ddMulD(b, q1));
  const q2 = r[0] / b[0];
  r = ddSub(r, ddMulD(b, q2));
  const q3 = r[0] / b[0];
  return ddAddD(twoSum(q1, q2), q3);
}

export function ddSqr(a: DD): DD {
  return ddMul(a, a);
}

/** The double nearest to a double-double. */
export function ddToNumber(a: DD): number {
  return a[0] + a[1];
}

/** Horner evaluation of sum c[k] t^k in double-double (coefficients given as DD). */
export function ddHorner(c: readonly DD[], t: DD): DD {
  let acc = c[c.length - 1];
  for (let k = c.length - 2; k >= 0; k--) acc = ddAdd(ddMul(acc, t), c[k]);
  return acc;
}
