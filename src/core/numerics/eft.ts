// Error-free transformations: the exact rounding error of one double operation, returned as a number
// (no tuples, so nothing is allocated: these sit on hot paths). JS has no fused multiply-add, so products
// are split with Dekker's method.

/** A double-double value hi + lo (|lo| <= ulp(hi) / 2): the result of the few routines that need ~106 bits. */
export type DD = readonly [hi: number, lo: number];

/** 2^27 + 1: splits a double into two 26-bit halves (kernels that inline a split by hand use it too). */
export const SPLITTER = 134217729;

/** a * b - p exactly, for p = fl(a * b) (Dekker's product); needs |a|, |b| < 2^996 and no underflow. */
export function mulErr(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** a * a - p exactly, for p = fl(a * a). */
export function sqrErr(a: number, p: number): number {
  const t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  return ah * ah - p + 2 * ah * al + al * al;
}

/** a + b - s exactly, for s = fl(a + b) (Knuth's TwoSum). */
export function sumErr(a: number, b: number, s: number): number {
  const bb = s - a;
  return a - (s - bb) + (b - bb);
}

/**
 * The part of x / a that q = fl(x / a) lost: x / a = q + divErr(x, a, q) to about 2^-106 relative.
 * x - q*a is exactly representable (division residual), so (x - p) - e is computed exactly.
 * Returns 0 where the split overflows (|q| or |a| > ~1e300: then exp of it is 0 or infinite anyway).
 */
export function divErr(x: number, a: number, q: number): number {
  const p = q * a;
  const r = (x - p - mulErr(q, a, p)) / a;
  return r === r ? r : 0;
}
