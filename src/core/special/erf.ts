// erf and erfc in float64, after FreeBSD msun's s_erf.c (Sun Microsystems, 1993): the same intervals, the same
// rational approximations and coefficients. JS has no Math.erf; the short Abramowitz-Stegun formulas are good to
// ~1e-7 only. The interval kernels are exported so that GELU can feed them a corrected argument (see gated-kernels).
// Where FreeBSD's last steps round several times (erfc's tail, and erfc's decline to 0.077 on [0.84, 1.25)),
// they are carried in double-double here, so erfc too stays within 1 ulp.
import { SPLITTER, mulErr, sumErr } from '../numerics/eft';
import { EXP, expParts, ldexp } from '../numerics/gated-exp';

/** erf(1) rounded to 24 bits: erf(x) = ERX + P/Q on [0.84375, 1.25), and 1 - ERX, 1 + ERX are exact. */
export const ERX = 8.45062911510467529297e-1;
/** Upper end of the first erfc tail interval (1/0.35 as FreeBSD tests it: high word 0x4006DB6E). */
export const ERFC_TAIL_SPLIT = 2.8571434020996094;

const EFX = 1.28379167095512586316e-1; // 2/sqrt(pi) - 1
const EFX8 = 1.02703333676410069053e0;

// erf on [0, 0.84375): erf(x) = x + x * R(x^2)/S(x^2)
const PP0 = 1.28379167095512558561e-1;
const PP1 = -3.25042107247001499370e-1;
const PP2 = -2.84817495755985104766e-2;
const PP3 = -5.77027029648944159157e-3;
const PP4 = -2.37630166566501626084e-5;
const QQ1 = 3.97917223959155352819e-1;
const QQ2 = 6.50222499887672944485e-2;
const QQ3 = 5.08130628187576562776e-3;
const QQ4 = 1.32494738004321644526e-4;
const QQ5 = -3.96022827877536812320e-6;

// erf on [0.84375, 1.25): erf(x) = erx + P(s)/Q(s), s = x - 1
const PA0 = -2.36211856075265944077e-3;
const PA1 = 4.14856118683748331666e-1;
const PA2 = -3.72207876035701323847e-1;
const PA3 = 3.18346619901161753674e-1;
const PA4 = -1.10894694282396677476e-1;
const PA5 = 3.54783043256182359371e-2;
const PA6 = -2.16637559486879084300e-3;
const QA1 = 1.06420880400844228286e-1;
const QA2 = 5.40397917702171048937e-1;
const QA3 = 7.18286544141962662868e-2;
const QA4 = 1.26171219808761642112e-1;
const QA5 = 1.36370839120290507362e-2;
const QA6 = 1.19844998467991074170e-2;

// erfc on [1.25, 1/0.35): erfc(x) = exp(-x^2 - 0.5625 + R(s)/S(s)) / x, s = 1/x^2
const RA0 = -9.86494403484714822705e-3;
const RA1 = -6.93858572707181764372e-1;
const RA2 = -1.05586262253232909814e1;
const RA3 = -6.23753324503260060396e1;
const RA4 = -1.62396669462573470355e2;
const RA5 = -1.84605092906711035994e2;
const RA6 = -8.12874355063065934246e1;
const RA7 = -9.81432934416914548592e0;
const SA1 = 1.96512716674392571292e1;
const SA2 = 1.37657754143519042600e2;
const SA3 = 4.34565877475229228821e2;
const SA4 = 6.45387271733267880336e2;
const SA5 = 4.29008140027567833386e2;
const SA6 = 1.08635005541779435134e2;
const SA7 = 6.57024977031928170135e0;
const SA8 = -6.04244152148580987438e-2;

// erfc on [1/0.35, 28): the same form with other coefficients
const RB0 = -9.86494292470009928597e-3;
const RB1 = -7.99283237680523006574e-1;
const RB2 = -1.77579549177547519889e1;
const RB3 = -1.60636384855821916062e2;
const RB4 = -6.37566443368389627722e2;
const RB5 = -1.02509513161107724954e3;
const RB6 = -4.83519191608651397019e2;
const SB1 = 3.03380607434824582924e1;
const SB2 = 3.25792512996573918826e2;
const SB3 = 1.53672958608443695994e3;
const SB4 = 3.19985821950859553908e3;
const SB5 = 2.55305040643316442583e3;
const SB6 = 4.74528541206955367215e2;
const SB7 = -2.24409524465858183362e1;


/** y with erf(x) = x + x*y for |x| < 0.84375, from z = x*x. */
export function erfSmallRatio(z: number): number {
  const r = PP0 + z * (PP1 + z * (PP2 + z * (PP3 + z * PP4)));
  const s = 1 + z * (QQ1 + z * (QQ2 + z * (QQ3 + z * (QQ4 + z * QQ5))));
  return r / s;
}

/** P/Q with erf(x) = ERX + P/Q for 0.84375 <= x < 1.25, from s = x - 1. */
export function erfMidRatio(s: number): number {
  const p = PA0 + s * (PA1 + s * (PA2 + s * (PA3 + s * (PA4 + s * (PA5 + s * PA6)))));
  const q = 1 + s * (QA1 + s * (QA2 + s * (QA3 + s * (QA4 + s * (QA5 + s * QA6)))));
  return p / q;
}

/**
 * R/S with erfc(x) = exp(-x^2 - 0.5625 + R/S) / x for 1.25 <= x < 28, from s = 1/x^2; `near` selects the
 * interval [1.25, 1/0.35). Callers keep exp(-x^2) apart so that its large argument stays exact.
 */
export function erfcTailRatio(s: number, near: boolean): number {
  return near ? tailNear(s) : tailFar(s);
}

// Two small functions rather than one: each inlines into its caller within V8's budget.
function tailNear(s: number): number {
  const r = RA0 + s * (RA1 + s * (RA2 + s * (RA3 + s * (RA4 + s * (RA5 + s * (RA6 + s * RA7))))));
  const q = 1 + s * (SA1 + s * (SA2 + s * (SA3 + s * (SA4 + s * (SA5 + s * (SA6 + s * (SA7 + s * SA8)))))));
  return r / q;
}

function tailFar(s: number): number {
  const r = RB0 + s * (RB1 + s * (RB2 + s * (RB3 + s * (RB4 + s * (RB5 + s * RB6)))));
  const q = 1 + s * (SB1 + s * (SB2 + s * (SB3 + s * (SB4 + s * (SB5 + s * (SB6 + s * SB7))))));
  return r / q;
}

/**
 * erfcTailRatio with both polynomials in Estrin's form: the same coefficients and, all terms of each polynomial
 * having one sign on these intervals, the same accuracy, with half the dependent steps (GELU evaluates it at every
 * point of a plot; erf and erfc keep FreeBSD's Horner order).
 */
export function erfcTailRatioEstrin(s: number, near: boolean): number {
  const s2 = s * s;
  const s4 = s2 * s2;
  if (near) {
    const r = RA0 + RA1 * s + s2 * (RA2 + RA3 * s) + s4 * (RA4 + RA5 * s + s2 * (RA6 + RA7 * s));
    const q = 1 + SA1 * s + s2 * (SA2 + SA3 * s) + s4 * (SA4 + SA5 * s + s2 * (SA6 + SA7 * s) + s4 * SA8);
    return r / q;
  }
  const r = RB0 + RB1 * s + s2 * (RB2 + RB3 * s) + s4 * (RB4 + RB5 * s + s2 * RB6);
  const q = 1 + SB1 * s + s2 * (SB2 + SB3 * s) + s4 * (SB4 + SB5 * s + s2 * (SB6 + SB7 * s));
  return r / q;
}

/**
 * erfc(a) for 1.25 <= a < 28: exp(-a^2 - 0.5625 + R/S) / a with a^2 exact and the exponent a double-double
 * (FreeBSD's two exp calls and a division each round; here one 2^-58-accurate exp and one rounded quotient).
 */
function erfcTail(a: number): number {
  const p = a * a;
  const t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  const pe = ah * ah - p + 2 * ah * al + al * al; // a^2 = p + pe
  const rs = erfcTailRatio(1 / p, a < ERFC_TAIL_SPLIT);
  const c = rs - 0.5625;
  const xh = c - p;
  expParts(xh, sumErr(c, -p, xh) + sumErr(rs, -0.5625, c) - pe);
  const h = EXP[0];
  const q = h / a;
  const m = q * a;
  return ldexp(q + (h - m - mulErr(q, a, m) + EXP[1]) / a, EXP[2]);
}

/**
 * erfc(x) = 1 - ERX - P/Q for 0.84375 <= x < 1.25, where the result falls to 0.077 while P/Q stays near 0.078:
 * the last two Horner steps of P and Q and the quotient are carried as double-doubles.
 */
function erfcMidPos(s: number): number {
  // P = PA0 + s (PA1 + s U), Q = 1 + s (QA1 + s W)
  const u = PA2 + s * (PA3 + s * (PA4 + s * (PA5 + s * PA6)));
  const w = QA2 + s * (QA3 + s * (QA4 + s * (QA5 + s * QA6)));
  let m = s * u;
  let th = PA1 + m; // T = PA1 + s U = th + tl
  let tl = sumErr(PA1, m, th) + mulErr(s, u, m);
  m = s * th;
  const ph = PA0 + m;
  const pl = sumErr(PA0, m, ph) + mulErr(s, th, m) + s * tl;
  m = s * w;
  th = QA1 + m;
  tl = sumErr(QA1, m, th) + mulErr(s, w, m);
  m = s * th;
  const qh = 1 + m;
  const ql = sumErr(1, m, qh) + mulErr(s, th, m) + s * tl;
  const r = ph / qh;
  const rm = r * qh;
  const rl = (ph - rm - mulErr(r, qh, rm) + pl - r * ql) / qh; // P/Q = r + rl
  const e = 1 - ERX - r;
  return e + (sumErr(1 - ERX, -r, e) - rl);
}

/** The error function, within 1 ulp. erf(+-0) = +-0, erf(+-Infinity) = +-1. */
export function erf(x: number): number {
  const a = Math.abs(x);
  if (a < 0.84375) {
    if (a < 3.725290298461914e-9) {
      // |x| < 2^-28: erf(x) = x (1 + efx); scaled for subnormal x so that efx*x does not underflow
      return a < 2.2250738585072014e-308 ? 0.125 * (8 * x + EFX8 * x) : x + EFX * x;
    }
    return x + x * erfSmallRatio(x * x);
  }
  if (a < 1.25) {
    const r = ERX + erfMidRatio(a - 1);
    return x > 0 ? r : -r;
  }
  if (a < 6) {
    const r = 1 - erfcTail(a);
    return x > 0 ? r : -r;
  }
  if (a === a) return x > 0 ? 1 : -1;
  return NaN;
}

/** The complementary error function 1 - erf(x), within 1 ulp (relative: no cancellation for large x). */
export function erfc(x: number): number {
  const a = Math.abs(x);
  if (a < 0.84375) {
    if (a < 1.3877787807814457e-17) return 1 - x; // |x| < 2^-56
    const r = x * erfSmallRatio(x * x);
    if (x < 0.25) return 1 - (x + r);
    // 0.5 - ((x - 0.5) + r) with both sums exact: the result falls to 0.23 at x = 0.84
    const w = x - 0.5;
    const sh = w + r;
    const e = 0.5 - sh;
    return e + (sumErr(0.5, -sh, e) - sumErr(w, r, sh));
  }
  if (a < 1.25) return x > 0 ? erfcMidPos(a - 1) : 1 + (ERX + erfMidRatio(a - 1));
  if (x > 0) return x < 28 ? erfcTail(x) : 0;
  if (a < 6) return 2 - erfcTail(a);
  return x === x ? 2 : NaN;
}
