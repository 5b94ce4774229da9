// exp of an argument that carries its own rounding residual, for the exponential-linear and softplus
// families. x / alpha (CELU) and beta * x (softplus) are rounded by up to |q| * 2^-53, and exp turns that
// absolute error into the same relative error: ~350 ulp at |q| ~ 700. The callers recover the residual
// exactly (Dekker, no fused multiply-add in JS) and pass it as d, with exp(q + d) = exp(q) * (1 + d) to
// first order (d^2 < 1e-26). Everything here returns a number: no tuples, so no allocation per call.

import { divErr, mulErr } from './eft';

/** Kept under the names this family's callers use. */
export { divErr as divError, mulErr as mulError };

// 128 ln 2 = SHIFT_HI + SHIFT_LO, the high part from fdlibm's ln2_hi (32 significant bits), so q +- SHIFT_HI
// is exact for 512 <= |q| < 1024: the shifted argument keeps exp normal and finite.
const SHIFT_HI = 128 * 6.93147180369123816490e-1;
const SHIFT_LO = 128 * 1.90821492927058770002e-10;
const UP = SHIFT_LO + (SHIFT_LO * SHIFT_LO) / 2; // expm1(SHIFT_LO)
const DOWN = -SHIFT_LO + (SHIFT_LO * SHIFT_LO) / 2; // expm1(-SHIFT_LO)
const TWO128 = 2 ** 128;
const TWOM128 = 2 ** -128;

/**
 * c * exp(q) * (1 + d), d a small residual of q. Where exp(q) itself would be subnormal (q < -708) the
 * argument is shifted up so the result is rounded once, at the end, in the subnormal range; where exp(q)
 * overflows but c * exp(q) need not (q > 709, |c| < 1), it is shifted down. d must be finite.
 */
export function mulExp(c: number, q: number, d: number): number {
  if (q > -708 && q < 709) {
    const e = Math.exp(q);
    return c * (e + e * d);
  }
  if (q < 0) {
    if (q > -797) {
      const e = Math.exp(q + SHIFT_HI);
      return c * (e + e * (d + UP)) * TWOM128;
    }
    const y = Math.exp(0.5 * q); // only a huge c keeps this above 2^-1074
    return c * (y + y * d) * y;
  }
  if (q < 797) {
    const e = Math.exp(q - SHIFT_HI);
    return c * (e + e * (d + DOWN)) * TWO128;
  }
  const y = Math.exp(0.5 * q); // NaN lands here too
  return (c + c * d) * y * y;
}

/** exp(q) * (1 + d) / c, with the same range handling as mulExp (one rounding fewer than mulExp(1 / c, ...)). */
export function divExp(q: number, d: number, c: number): number {
  if (q > -708 && q < 709) {
    const e = Math.exp(q);
    return (e + e * d) / c;
  }
  if (q < 0) {
    if (q > -797) {
      const e = Math.exp(q + SHIFT_HI);
      return ((e + e * (d + UP)) / c) * TWOM128;
    }
    const y = Math.exp(0.5 * q);
    return ((y + y * d) / c) * y;
  }
  if (q < 797) {
    const e = Math.exp(q - SHIFT_HI);
    return ((e + e * (d + DOWN)) / c) * TWO128;
  }
  const y = Math.exp(0.5 * q);
  return ((1 + d) / c) * y * y;
}
