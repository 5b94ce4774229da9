// Accurate logistic / hyperbolic primitives shared by the sigmoid-like activations. Each is written so that no
// step cancels, underflows early or overflows: everything is expressed through e = exp(-|x|) or exp(-2|x|) <= 1,
// and a division by (1 + e) keeps the rounding error of 1 + e (captured exactly: 1 + e = s + c) instead of
// dropping it. The exponential is expFast (gated-exp.ts): about half an ulp, inlined by V8, twice as fast as
// Math.exp; beyond its normal range (|x| >= 707, or 353 for exp(-2|x|)) and for NaN the tails use Math.exp.
//
// Speed: every function here returns one number and allocates nothing, and each value is also available "from e"
// (sigmoidFromE, ...) so that a fused all() computes one exponential for f, f' and f''; the public functions are
// those same helpers applied to their own e, so the fused values are bit for bit those of f, f', f''.
//
// Accuracy, in ulp of the true value (float64), as bound by construction (a relative error of 2^-53 per rounding
// is at most 1 ulp; expFast's is 0.51 ulp of e), then as measured against correctly rounded references
// (test/fixtures, plus 17,000 dense points per function in [-40, 40] and the tails, and the neighbourhoods of every
// switch between forms):
//   sigmoid, tanh: the exponential's error and two roundings, < 3 ulp; measured 2 and 1
//   sigmoidDeriv, sech2 (s^2 exact): the exponential's error and two roundings, < 3 ulp; measured 1 and 2
//   sigmoidDeriv2, tanhDeriv2 (products of the above): measured 3 (budget 16)
// The double-double exponentials at the end (expDD, expm1DD, tanhDD: ~2^-100) are kept for tests and for
// checking; they cost about 20 times more than expFast and no activation evaluates them any more.
import { SPLITTER, mulErr, sqrErr, type DD } from './eft';
import { expFast } from './gated-exp';

/** n / (s + c) rounded once (to within a hair), where s + c is a double-double denominator (|c| <= ulp(s)). */
export function divByDD(n: number, s: number, c: number): number {
  const q = n / s;
  const p = q * s;
  // n - q (s + c) exactly but for the tiny q*c product: n - p is exact (Sterbenz).
  return q + (n - p - mulErr(q, s, p) - q * c) / s;
}

/** Below this |x| the exponentials of the fast paths stay normal (expFast's domain is -707 <= y <= 709). */
export const EXP_MAX = 707;

// ---- from e = e^-|x| (0 < e <= 1), with s = 1 + e and c = e - (s - 1), so that 1 + e = s + c exactly.

/** sigmoid(x) = 1/(1 + e) for x >= 0, e/(1 + e) below: q/(s + c) as q (1 - c/s), two roundings. */
export function sigmoidFromE(x: number, e: number): number {
  const s = 1 + e;
  const c = e - (s - 1);
  const q = (x >= 0 ? 1 : e) / s;
  return q - q * (c / s);
}

/** sigmoid'(x) = e/(1 + e)^2: (s + c)^2 = d + de with d = s^2 rounded and de its exact error (plus 2sc). */
export function sigmoidDerivFromE(e: number): number {
  const s = 1 + e;
  const c = e - (s - 1);
  const d = s * s;
  const q = e / d;
  return q - q * ((sqrErr(s, d) + 2 * s * c) / d);
}

/**
 * sigmoid''(x) = -sign(x) sigmoid'(x) tanh(|x|/2), tanh(|x|/2) = m/(1 + e) with m = 1 - e: a product, so nothing
 * cancels near 0 (where 1 - 2 sigmoid does) and nothing underflows early. m is -expm1(-|x|) below |x| = 1/2,
 * where 1 - e would lose e/(1 - e) times e's error.
 */
export function sigmoidDeriv2FromE(x: number, a: number, e: number): number {
  // -x/8 + x^3/24 - ...: below 2^-27 the cubic term is under half an ulp (and x / 2 would lose subnormal bits).
  if (a < 7.450580596923828e-9) return -0.125 * x;
  const m = a < 0.5 ? -Math.expm1(-a) : 1 - e;
  const v = (sigmoidDerivFromE(e) * m) / (1 + e);
  return x > 0 ? -v : v;
}

/**
 * Logistic sigmoid 1 / (1 + e^-x). Never overflows: for x < 0 it is e / (1 + e) with e = e^x, so it is
 * e^x to rounding (gracefully subnormal) in the far left tail, and 0 only where the true value rounds to 0.
 */
export function sigmoid(x: number): number {
  const a = Math.abs(x);
  if (a < EXP_MAX) return sigmoidFromE(x, expFast(-a));
  if (x > 0) return 1;
  return Math.exp(x); // 1 + e^x rounds to 1; NaN stays NaN
}

/**
 * sigmoid'(x) = sigmoid(x) sigmoid(-x) = e / (1 + e)^2 with e = e^-|x|. The textbook s (1 - s) is 0 for
 * x > 37 (1 - s rounds to 0) although the true value, about e^-|x|, is representable up to |x| = 745.
 */
export function sigmoidDeriv(x: number): number {
  const a = Math.abs(x);
  if (a < EXP_MAX) return sigmoidDerivFromE(expFast(-a));
  return Math.exp(-a); // NaN stays NaN
}

/**
 * sigmoid''(x) = sigmoid'(x) (1 - 2 sigmoid(x)) = -sigmoid'(x) tanh(x / 2): a product, so nothing cancels
 * near 0 (where 1 - 2s does) and nothing underflows early in the tails.
 */
export function sigmoidDeriv2(x: number): number {
  const a = Math.abs(x);
  if (a < EXP_MAX) return sigmoidDeriv2FromE(x, a, expFast(-a));
  const e = Math.exp(-a); // tanh(|x|/2) = 1 here; NaN stays NaN
  return x > 0 ? -e : e;
}

/**
 * softplus with beta = 1: log(1 + e^x) = max(x, 0) + log1p(e^-|x|). Exact-to-rounding x for large x,
 * e^x (subnormal if need be) for very negative x; the textbook form overflows at 710 and is 0 below -37.
 */
export function softplus1(x: number): number {
  if (x > 0) return x + Math.log1p(Math.exp(-x));
  return Math.log1p(Math.exp(x)); // NaN stays NaN
}

/** log(sigmoid(x)) from e = e^-|x|: x - log1p(e) on the left, -log1p(e) on the right (no cancellation). */
export function logSigmoidFromE(x: number, e: number): number {
  return x < 0 ? x - Math.log1p(e) : -Math.log1p(e);
}

/**
 * log(sigmoid(x)) = -softplus(-x): x - log1p(e^x) on the left (no -Infinity at -710), -log1p(e^-x) on the
 * right, which underflows to -0 (the sign of the true value); the limit at +Infinity is 0 itself.
 */
export function logSigmoid(x: number): number {
  const a = Math.abs(x);
  if (a < EXP_MAX) return logSigmoidFromE(x, expFast(-a));
  if (x < 0) return x - Math.exp(x); // = x
  if (x === Infinity) return 0;
  return -Math.exp(-x); // -0 from far right; NaN stays NaN
}

// ---- tanh and sech^2 from e = e^-2|x|: tanh|x| = 1 - 2e/(1 + e), sech^2 x = 4e/(1 + e)^2 = 4 sigmoid'(2|x|).

export const ATANH_HALF = 0.5493061443340548; // tanh(ATANH_HALF) = 1/2: the switch between the two forms of tanh
/** Below this |x|, e^-2|x| is normal (expFast); beyond it sech^2 takes its scaled tail. */
export const TANH_EXP_MAX = 353;
const TWO_M28 = 3.725290298461914e-9;

/** tanh|x| for 2^-28 <= |x| < ATANH_HALF: E/(E + 2) with E = expm1(2|x|), the quotient rounded once. */
export function tanhSmall(a: number): number {
  const E = Math.expm1(2 * a);
  const s = 2 + E;
  return divByDD(E, s, E - (s - 2));
}

/** tanh|x| for ATANH_HALF <= |x| from e = e^-2|x| (<= 1/3): 1 - y with y = 2e/(1 + e) = q - r, h + l = 1 - q exactly. */
export function tanhFromE(e: number): number {
  const s = 1 + e;
  const c = e - (s - 1);
  const q = (2 * e) / s;
  const r = q * (c / s);
  const h = 1 - q;
  return h + (1 - h - q + r);
}

/** tanh(x) with the sign of x for |x| < TANH_EXP_MAX (every form, e = e^-2|x| given). */
export function tanhAt(x: number, a: number, e: number): number {
  let t: number;
  if (a < ATANH_HALF) {
    if (a < TWO_M28) return x; // x - x^3/3 rounds to x (keeps -0)
    t = tanhSmall(a);
  } else t = tanhFromE(e);
  return x < 0 ? -t : t;
}

/** sech^2 x = 4e/(1 + e)^2 from e = e^-2|x|. */
export function sech2FromE(e: number): number {
  return 4 * sigmoidDerivFromE(e);
}

/**
 * tanh with at most ~1.5 ulp (V8's Math.tanh reaches 2): E/(E + 2) with E = expm1(2|x|) while tanh < 1/2,
 * then 1 - 2e/(1 + e) with e = e^-2|x|, where the error of the subtracted part shrinks by at least half.
 */
export function tanh(x: number): number {
  // One call site per form: V8 inlines each, and duplicated inlined copies measurably slow the whole function.
  const a = Math.abs(x);
  let t: number;
  if (a < ATANH_HALF) {
    if (a < TWO_M28) return x; // 2^-28: x - x^3/3 rounds to x (keeps -0)
    t = tanhSmall(a);
  } else if (a < 22) t = tanhFromE(expFast(-2 * a));
  else {
    if (x !== x) return x;
    t = 1; // 1 - 2e^-44 rounds to 1
  }
  return x < 0 ? -t : t;
}

const FOUR_EXP_M16 = 4.5014069887703647e-7; // 4 e^-16
const EIGHT_EXP_M16 = 9.002813977540729e-7; // 8 e^-16

/**
 * sech^2(x) = 1 - tanh^2(x) = 4 e / (1 + e)^2 with e = e^-2|x| (= 4 sigmoid'(2x)). The textbook 1 - tanh^2
 * is 0 from |x| = 19 and 45 million ulp off at 10. Far out (result near or below the subnormal threshold),
 * 4 e^-2|x| is formed as e^(16 - 2|x|) * 4e^-16 so that only the last product rounds into the subnormals.
 */
export function sech2(x: number): number {
  const a = Math.abs(x);
  if (a < TANH_EXP_MAX) return sech2FromE(expFast(-2 * a));
  return sech2Tail(a);
}

/** sech^2 for |x| >= TANH_EXP_MAX: 4e^-2|x| rounded once into the subnormals (16 - 2|x| is exact); NaN stays NaN. */
export function sech2Tail(a: number): number {
  return Math.exp(16 - 2 * a) * FOUR_EXP_M16;
}

/** tanh''(x) = -2 tanh(x) sech^2(x) from e = e^-2|x| (|x| < TANH_EXP_MAX). */
export function tanhDeriv2At(x: number, a: number, e: number): number {
  if (a < TWO_M28) return -2 * x; // -2x + 8x^3/3: the cubic is under half an ulp
  return -2 * tanhAt(x, a, e) * sech2FromE(e);
}

/**
 * tanh''(x) = -2 tanh(x) sech^2(x): a product, so nothing cancels at its root 0, and unlike -2t (1 - t^2) it
 * does not lose everything where 1 - t^2 rounds (|x| > 19) nor underflow before the true value does.
 */
export function tanhDeriv2(x: number): number {
  const a = Math.abs(x);
  if (a < TANH_EXP_MAX) return tanhDeriv2At(x, a, expFast(-2 * a));
  const v = Math.exp(16 - 2 * a) * EIGHT_EXP_M16; // -8 e^-2|x| sign(x), rounded once into the subnormals
  return x > 0 ? -v : v;
}

// ---------------------------------------------------------------------------------------------------------
// Double-double exponentials, relative error < 2^-96: e^x = 2^m * 2^(j/32) * e^r with |r| <= ln2/64, e^r - 1 by
// its Taylor series (the terms from r^8 on in plain double arithmetic, where they no longer matter).

const LN2_32_HI = 0.02166084939249829; // ln2 / 32 = HI + LO
const LN2_32_LO = 7.247021293269686e-19;
const INV_LN2_32 = 46.16624130844683;

/** 2^(j/32) for j = 0..31 as double-double pairs (hi, lo), from 80-digit mpmath. */
const EXP2_32: readonly number[] = [
  1.0, 0.0,
  1.0218971486541166, 5.109225028973444e-17,
  1.0442737824274138, 8.551889705537965e-17,
  1.0671404006768237, -7.899853966841582e-17,
  1.0905077326652577, -3.046782079812471e-17,
  1.1143867425958924, 1.0410278456845571e-16,
  1.1387886347566916, 8.912812676025408e-17,
  1.1637248587775775, 3.8292048369240935e-17,
  1.189207115002721, 3.982015231465646e-17,
  1.215247359980469, -7.712630692681488e-17,
  1.241857812073484, 4.658027591836937e-17,
  1.2690509571917332, 2.667932131342186e-18,
  1.2968395546510096, 2.5382502794888315e-17,
  1.3252366431597413, -2.8587312100388614e-17,
  1.3542555469368927, 7.70094837980299e-17,
  1.383909881963832, -6.770511658794786e-17,
  1.4142135623730951, -9.667293313452913e-17,
  1.4451808069770467, -3.0237581349939873e-17,
  1.4768261459394993, -3.483994556892796e-17,
  1.5091644275934228, -1.016455327754295e-16,
  1.5422108254079407, 7.949834809697621e-17,
  1.5759808451078865, -1.0136916471278304e-17,
  1.6104903319492543, 2.4707192569797888e-17,
  1.645755478153965, -1.0125679913674773e-16,
  1.681792830507429, 8.199010020581497e-17,
  1.718619298122478, -1.851380418263111e-17,
  1.7562521603732995, 2.960140695448873e-17,
  1.7947090750031072, 1.8227458427912087e-17,
  1.8340080864093424, 3.283107224245627e-17,
  1.8741676341103, -6.122763413004143e-17,
  1.9152065613971474, -1.0619946056195963e-16,
  1.9571441241754002, 8.960767791036668e-17,
];

/** 1/n! for n = 7 down to 1 as double-double pairs (hi, lo); 1/8! .. 1/12! are used as doubles. */
const INV_FACT: readonly number[] = [
  1.984126984126984e-4, 1.7209558293420705e-22,
  1.388888888888889e-3, -5.300543954373577e-20,
  8.333333333333333e-3, 1.1564823173178714e-19,
  4.1666666666666664e-2, 2.3129646346357427e-18,
  0.16666666666666666, 9.25185853854297e-18,
  0.5, 0,
  1, 0,
];

// The loops below run on every call in their regions, so they keep the low parts of exact operations in
// this scratch variable instead of allocating a tuple per step: `lo` is only valid right after the call.
let lo = 0;

/** a * b = result + lo exactly (Dekker; |a|, |b| < 2^996, no underflow). */
function mul2(a: number, b: number): number {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  lo = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}

/** a + b = result + lo exactly. */
function add2(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  lo = a - (s - bb) + (b - bb);
  return s;
}

/** e^r - 1 for r = rh + rl, |r| <= ln2/64: returns the high part, the low part in `lo` (error < 2^-104). */
function expm1Reduced(rh: number, rl: number): number {
  let ah = 2.48015873015873e-5 + rh * (2.7557319223985893e-6 + rh * (2.755731922398589e-7 + rh * (2.505210838544172e-8 + rh * 2.08767569878681e-9)));
  let al = 0;
  for (let i = 0; i < INV_FACT.length; i += 2) {
    // acc = acc * r + c; |acc * r| < 0.011 |c|, so the sloppy double-double addition is exact enough.
    const p = mul2(ah, rh);
    const pe = lo + (ah * rl + al * rh);
    const s = add2(p, INV_FACT[i]);
    const e = lo + pe + INV_FACT[i + 1];
    ah = s + e;
    al = e - (ah - s);
  }
  const p = mul2(ah, rh);
  const pe = lo + (ah * rl + al * rh);
  const h = p + pe;
  lo = pe - (h - p);
  return h;
}

/** e^x: high part returned, low part in `lo` (see expDD). */
function expHiLo(x: number): number {
  if (!(x > -708 && x < 709.7)) {
    lo = 0;
    return Math.exp(x);
  }
  const k = Math.round(x * INV_LN2_32);
  const ph = mul2(k, LN2_32_HI);
  const rh = add2(x - ph, -(lo + k * LN2_32_LO)); // x - ph is exact (Sterbenz)
  const E = expm1Reduced(rh, lo);
  const El = lo;
  const j = k & 31;
  const th = EXP2_32[2 * j];
  const tl = EXP2_32[2 * j + 1];
  // 2^(j/32) (1 + E) = t + t E
  const m = mul2(th, E);
  const me = lo + (th * El + tl * E);
  const s = add2(th, m);
  const e = lo + me + tl;
  const h = s + e;
  const scale = 2 ** ((k - j) / 32);
  lo = (e - (h - s)) * scale;
  return h * scale;
}

/**
 * e^x as a double-double, relative error < 2^-96 for -650 <= x <= 709 (further left the low part goes
 * subnormal, and below -708 the result is a plain double). Overflows to [Infinity, 0] above ~709.78.
 */
export function expDD(x: number): DD {
  const h = expHiLo(x);
  return [h, lo];
}

/** e^x - 1: high part returned, low part in `lo`. */
function expm1HiLo(x: number): number {
  if (Math.abs(x) <= LN2_32_HI / 2) return expm1Reduced(x, 0);
  const h = expHiLo(x);
  const l = lo;
  const s = add2(h, -1);
  const e = lo + l;
  const r = s + e;
  lo = e - (r - s);
  return r;
}

/** e^x - 1 as a double-double, relative error < 2^-96 (also for tiny x: no cancellation). */
export function expm1DD(x: number): DD {
  const h = expm1HiLo(x);
  return [h, lo];
}

/** tanh(x) as a double-double, relative error < 2^-99 for |x| <= 20 (E / (E + 2), E = expm1(2|x|)). */
export function tanhDD(x: number): DD {
  const a = Math.abs(x);
  if (!(a <= 20)) {
    if (a !== a) return [NaN, NaN];
    const e = 2 * Math.exp(-2 * a);
    return x > 0 ? [1, -e] : [-1, e];
  }
  const Eh = expm1HiLo(2 * a);
  const El = lo;
  const dh = add2(Eh, 2);
  const dl = lo + El;
  // Long division: q1 = E / d, then the exact remainder E - q1 d gives the correction q2.
  const q1 = Eh / dh;
  const p = mul2(q1, dh);
  const q2 = (Eh - p - lo + El - q1 * dl) / dh;
  const t = q1 + q2;
  const tl = q2 - (t - q1);
  return x < 0 ? [-t, -tl] : [t, tl];
}
