// exp of a double-double argument with a double-double result (relative error ~2^-58), and ldexp with a single
// rounding. Math.exp (fdlibm, < 1 ulp) cannot see the low part of an argument: exp(-x^2/2) at x = 30 turns the
// rounding of x^2 (half an ulp of 900) into a 500-ulp error. Here the argument is reduced by k ln2/32 in
// double-double, 2^(j/32) comes from a double-double table and exp(r) - 1, |r| <= ln2/64, from a degree-6 Taylor
// polynomial (truncation < 2^-58), so the result is (hi + lo) 2^k with hi + lo good to ~2^-58 relative.
// The same reduction rounded to one double (expFast, expFastLo) is the exponential of the sigmoid family: about half
// an ulp (Math.exp: up to 1) and twice as fast as Math.exp, because V8 inlines it where Math.exp is a call.

// 2^(j/32), j = 0..31, as hi + lo (mpmath, 50 digits)
export const TH = new Float64Array([
  1.0, 1.0218971486541166, 1.0442737824274138, 1.0671404006768237,
  1.0905077326652577, 1.1143867425958924, 1.1387886347566916, 1.1637248587775775,
  1.189207115002721, 1.215247359980469, 1.241857812073484, 1.2690509571917332,
  1.2968395546510096, 1.3252366431597413, 1.3542555469368927, 1.383909881963832,
  1.4142135623730951, 1.4451808069770467, 1.4768261459394993, 1.5091644275934228,
  1.5422108254079407, 1.5759808451078865, 1.6104903319492543, 1.645755478153965,
  1.681792830507429, 1.718619298122478, 1.7562521603732995, 1.7947090750031072,
  1.8340080864093424, 1.8741676341103, 1.9152065613971474, 1.9571441241754002
]);
export const TL = new Float64Array([
  0.0, 5.109225028973444e-17, 8.551889705537965e-17, -7.899853966841582e-17,
  -3.046782079812471e-17, 1.0410278456845571e-16, 8.912812676025408e-17, 3.8292048369240935e-17,
  3.982015231465646e-17, -7.712630692681488e-17, 4.658027591836937e-17, 2.667932131342186e-18,
  2.5382502794888315e-17, -2.8587312100388614e-17, 7.70094837980299e-17, -6.770511658794786e-17,
  -9.667293313452913e-17, -3.0237581349939873e-17, -3.483994556892796e-17, -1.016455327754295e-16,
  7.949834809697621e-17, -1.0136916471278304e-17, 2.4707192569797888e-17, -1.0125679913674773e-16,
  8.199010020581497e-17, -1.851380418263111e-17, 2.960140695448873e-17, 1.8227458427912087e-17,
  3.283107224245627e-17, -6.122763413004143e-17, -1.0619946056195963e-16, 8.960767791036668e-17
]);

export const INV_L2_32 = 46.16624130844683; // 32/ln2
export const L2_32_HI = 0.02166084938653512; // ln2/32 with 32 significant bits: k * L2_32_HI is exact for |k| < 2^21
export const L2_32_LO = 5.9631716539705866e-12; // ln2/32 - L2_32_HI
export const SHIFT = 6755399441055744; // 1.5 * 2^52: (y + SHIFT) - SHIFT rounds y to an integer

/**
 * Output of expParts: exp(xh + xl) = (EXP[0] + EXP[1]) * 2^EXP[2], 0.98 < EXP[0] < 2.01. A typed array, not an
 * object or module variables: V8 stores doubles there unboxed, so the hot paths do not allocate.
 */
export const EXP = new Float64Array(3);

/** exp(xh + xl) into EXP for |xh| < 45000 (k ln2/32 exact) and |xl| small against 0.01; the caller applies 2^k (ldexp). */
export function expParts(xh: number, xl: number): void {
  const kf = xh * INV_L2_32 + SHIFT - SHIFT;
  // xh - kf * L2_32_HI is exact (Sterbenz), so r carries the argument to ~1e-20 absolute
  const r = xh - kf * L2_32_HI - kf * L2_32_LO + xl;
  const n = kf | 0;
  const j = n & 31;
  // exp(r) - 1 for |r| <= ln2/64: the first omitted term, r^7/5040, is below 2^-58
  const p = r + r * r * (0.5 + r * (0.16666666666666666 + r * (0.041666666666666664 + r * (0.008333333333333333 + r * 0.001388888888888889))));
  const th = TH[j];
  const t = th * p + TL[j] * (1 + p);
  const hi = th + t;
  EXP[0] = hi;
  EXP[1] = th - hi + t;
  EXP[2] = n >> 5;
}

// 2^k for k = -1074..1023, exact
export const POW2 = new Float64Array(2098);
POW2[1074] = 1;
for (let k = 1; k <= 1023; k++) POW2[1074 + k] = POW2[1073 + k] * 2;
for (let k = 1; k <= 1074; k++) POW2[1074 - k] = POW2[1075 - k] * 0.5;

const TWO_M1022 = 2.2250738585072014e-308;

/** v * 2^k with one rounding (into the subnormal range too), for |v| within 2^+-900 of 1. */
export function ldexp(v: number, k: number): number {
  return k >= -1022 && k <= 1023 ? v * POW2[1074 + k] : ldexpFar(v, k);
}

function ldexpFar(v: number, k: number): number {
  if (k > 1023) return v * POW2[2097] * POW2[Math.min(1074 + k - 1023, 2097)];
  // first step exact (the product stays normal), the second rounds once
  return k + 1022 >= -1074 ? v * POW2[1074 + k + 1022] * TWO_M1022 : v * 0;
}

/** exp(xh + xl) rounded to double (error ~0.5 ulp); for |xh| < 45000. */
export function expx(xh: number, xl: number): number {
  expParts(xh, xl);
  return ldexp(EXP[0] + EXP[1], EXP[2]);
}

/** 2^k for integer k in [-1074, 1023], exact. */
export function pow2(k: number): number {
  return POW2[1074 + k];
}

/** The low part of the last expFastLo result (a typed array: V8 stores doubles there without boxing). */
export const LO = new Float64Array(1);

/**
 * e^y rounded to double (error < 0.51 ulp) for -707 <= y <= 709, where the result is normal; callers handle the
 * rest (this reduction gives NaN at +-Infinity and rounds twice into the subnormals).
 */
export function expFast(y: number): number {
  const kf = y * INV_L2_32 + SHIFT - SHIFT;
  const r = y - kf * L2_32_HI - kf * L2_32_LO;
  const n = kf | 0;
  const j = n & 31;
  const p = r + r * r * (0.5 + r * (0.16666666666666666 + r * (0.041666666666666664 + r * (0.008333333333333333 + r * 0.001388888888888889))));
  const th = TH[j];
  return (th + (th * p + TL[j] * (1 + p))) * POW2[1074 + (n >> 5)];
}

/**
 * e^(y + yl) = result + LO[0] to ~2^-57 relative, for -707 <= y <= 709 and |yl| small against 0.01 (the low part of
 * a double-double argument, 0 for a plain one). The same values as expParts scaled by 2^k, where that is normal.
 */
export function expFastLo(y: number, yl: number): number {
  const kf = y * INV_L2_32 + SHIFT - SHIFT;
  const r = y - kf * L2_32_HI - kf * L2_32_LO + yl;
  const n = kf | 0;
  const j = n & 31;
  const p = r + r * r * (0.5 + r * (0.16666666666666666 + r * (0.041666666666666664 + r * (0.008333333333333333 + r * 0.001388888888888889))));
  const th = TH[j];
  const t = th * p + TL[j] * (1 + p);
  const hi = th + t;
  const sc = POW2[1074 + (n >> 5)];
  LO[0] = (th - hi + t) * sc;
  return hi * sc;
}
