// Accurate logistic / hyperbolic primitives shared by every family built on them (sigmoid-like, softplus,
// silu/swish, mish, ...). Each is written so that no step cancels, underflows early or overflows:
// everything is expressed through e = exp(-|x|) <= 1, and a division by (1 + e) keeps the rounding error of
// 1 + e (captured exactly with a two-sum) instead of dropping it. What remains is the error of Math.exp /
// Math.expm1 / Math.log1p (at most 1 ulp in V8, which ports fdlibm) plus one final rounding.
//
// Accuracy, in ulp of the true value (float64): the bound by construction, then the largest error measured
// against 50-digit mpmath on ~80,000 points (both signs, |x| from subnormal to 1.8e308, dense in [-40, 40]).
//   sigmoid, sigmoidDeriv, softplus1, logSigmoid, tanh, sech2   ~1.5 ulp; measured 1 ulp (Math.tanh: 2)
//   sigmoidDeriv2, tanhDeriv2 (products of two of the above)     ~3 ulp;   measured 3 ulp (99.6% within 1)
//   expDD, expm1DD: relative error < 2^-96 for -650 <= x <= 709 (below -650 the low part goes subnormal and
//   the precision falls off toward that of a double); tanhDD: < 2^-99 for |x| <= 20.
// The double-double (DD) versions are for the narrow regions where a caller cancels (near a root of f' or
// f'', or x - tanh x near 0): they cost about 10 times more, so nothing uses them on the whole line.
import { type DD, twoProd, twoSum } from './dd';

/** n / (s + c) rounded once (to within a hair), where s + c is a double-double denominator (|c| <= ulp(s)). */
export function divByDD(n: number, s: number, c: number): number {
  const q = n / s;
  const [p, pe] = twoProd(q, s);
  // n - q (s + c) exactly but for the tiny q*c product: n - p is exact (Sterbenz).
  return q + (n - p - pe - q * c) / s;
}

/** 1 + e as a double-double [s, c] for 0 <= e <= 1 (Fast2Sum: |1| >= |e|). */
function onePlus(e: number): DD {
  const s = 1 + e;
  return [s, e - (s - 1)];
}

/**
 * Logistic sigmoid 1 / (1 + e^-x). Never overflows: for x < 0 it is e / (1 + e) with e = e^x, so it is
 * e^x to rounding (gracefully subnormal) in the far left tail, and 0 only where the true value rounds to 0.
 */
export function sigmoid(x: number): number {
  if (x >= 0) {
    const e = Math.exp(-x);
    const [s, c] = onePlus(e);
    return divByDD(1, s, c);
  }
  const e = Math.exp(x); // NaN stays NaN
  const [s, c] = onePlus(e);
  return divByDD(e, s, c);
}

/**
 * sigmoid'(x) = sigmoid(x) sigmoid(-x) = e / (1 + e)^2 with e = e^-|x|. The textbook s (1 - s) is 0 for
 * x > 37 (1 - s rounds to 0) although the true value, about e^-|x|, is representable up to |x| = 745.
 */
export function sigmoidDeriv(x: number): number {
  const e = Math.exp(-Math.abs(x));
  const [s, c] = onePlus(e);
  const [p, pe] = twoProd(s, s);
  return divByDD(e, p, pe + 2 * s * c);
}

/**
 * sigmoid''(x) = sigmoid'(x) (1 - 2 sigmoid(x)) = -sigmoid'(x) tanh(x / 2): a product, so nothing cancels
 * near 0 (where 1 - 2s does) and nothing underflows early in the tails.
 */
export function sigmoidDeriv2(x: number): number {
  // -x/8 + x^3/24 - ...: below 2^-27 the cubic term is under half an ulp (and x / 2 would lose subnormal bits).
  if (Math.abs(x) < 7.450580596923828e-9) return -0.125 * x;
  return -sigmoidDeriv(x) * tanh(0.5 * x);
}

/**
 * softplus with beta = 1: log(1 + e^x) = max(x, 0) + log1p(e^-|x|). Exact-to-rounding x for large x,
 * e^x (subnormal if need be) for very negative x; the textbook form overflows at 710 and is 0 below -37.
 */
export function softplus1(x: number): number {
  if (x > 0) return x + Math.log1p(Math.exp(-x));
  return Math.log1p(Math.exp(x)); // NaN stays NaN
}

/**
 * log(sigmoid(x)) = -softplus(-x): x - log1p(e^x) on the left (no -Infinity at -710), -log1p(e^-x) on the
 * right, which underflows to -0 (the sign of the true value); the limit at +Infinity is 0 itself.
 */
export function logSigmoid(x: number): number {
  if (x < 0) return x - Math.log1p(Math.exp(x));
  if (x === Infinity) return 0;
  return -Math.log1p(Math.exp(-x)); // NaN stays NaN
}

const ATANH_HALF = 0.5493061443340548; // tanh(ATANH_HALF) <= 0.5: the switch between the two forms below

/**
 * tanh with at most ~1.5 ulp (V8's Math.tanh reaches 2): E/(E + 2) with E = expm1(2|x|) while tanh < 1/2,
 * then 1 - 2e/(1 + e) with e = e^-2|x|, where the error of the subtracted part shrinks by at least half.
 */
export function tanh(x: number): number {
  const a = Math.abs(x);
  if (a < ATANH_HALF) {
    if (a < 3.725290298461914e-9) return x; // 2^-28: x - x^3/3 rounds to x (keeps -0)
    const E = Math.expm1(2 * a);
    const s = 2 + E;
    const t = divByDD(E, s, E - (s - 2));
    return x < 0 ? -t : t;
  }
  if (a < 22) {
    const e = Math.exp(-2 * a);
    const [s, c] = onePlus(e);
    // y = 2e / (1 + e) as q + r, then 1 - q - r with a single rounding.
    const n = 2 * e;
    const q = n / s;
    const [p, pe] = twoProd(q, s);
    const r = (n - p - pe - q * c) / s;
    const [h, l] = twoSum(1, -q);
    const t = h + (l - r);
    return x < 0 ? -t : t;
  }
  return x === x ? (x > 0 ? 1 : -1) : NaN; // 1 - 2e^-44 rounds to 1
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
  if (a < 354) return 4 * sigmoidDeriv(2 * a);
  return Math.exp(16 - 2 * a) * FOUR_EXP_M16; // 16 - 2a is exact; NaN stays NaN
}

/**
 * tanh''(x) = -2 tanh(x) sech^2(x): a product, so nothing cancels at its root 0, and unlike -2t (1 - t^2) it
 * does not lose everything where 1 - t^2 rounds (|x| > 19) nor underflow before the true value does.
 */
export function tanhDeriv2(x: number): number {
  const a = Math.abs(x);
  if (a < 3.725290298461914e-9) return -2 * x; // -2x + 8x^3/3: the cubic is under half an ulp
  if (a < 354) return -2 * tanh(x) * sech2(a);
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
const SPLITTER = 134217729; // 2^27 + 1

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
