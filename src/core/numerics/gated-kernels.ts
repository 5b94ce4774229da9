// f, f', f'' of the gated activations (GELU, GELU-tanh, SiLU/swish, mish) to a few ulp in float64.
//
// - Exponentials take a double-double argument (expFastLo; expParts where the result rounds into the
//   subnormals): x^2, beta*x and the tanh form's cubic keep their rounding errors, which exp would amplify by the
//   size of the argument (500 ulp for exp(-x^2/2) at x = 30).
// - Symmetry: with a = |x| (or a = -|beta x|), each function is a "left" value and, for x > 0, x + L0, 1 - L1,
//   L2. Left values are products and quotients (no cancellation); 1 - L1 with |L1| <= 1/2 does not cancel.
// - f' is a product of four or five rounded factors (up to 4 ulp in plain arithmetic), so where its error is
//   not damped its last steps carry the low parts (double-double sums, exact squares) into a first-order
//   correction or a single rounding; f'' (16-ulp budget) stays plain, but for gelu_tanh's, where a quintic
//   cancels and is taken in factored form.
// - Roots of f' and f'' (where the closed forms cancel by hundreds of ulp) use Taylor series about the root
//   with double-double leading coefficients (gated-coeffs.ts, from mpmath), only within a small radius.
// - Underflowing tails are formed at a scaled exponent and rounded once (scaledProd, ldexp): subnormal
//   results are right and keep their sign.
// - Speed, as V8 compiles it: a call V8 does not inline costs ~6 ns and boxes every double passed or returned (a
//   heap allocation), and V8 inlines at most 460 bytecode bytes per callee and 920 per compiled function. So the
//   large kernels (gelu's regions, gtRange, swishKernel) take x and give f, f', f'' through typed arrays (ARG, RES:
//   doubles unboxed) and compute what `need` asks for; f, f', f'' call them with one flag, the fused evaluation with
//   all three, so the values agree bit for bit. Where the arithmetic is small enough (swishPut, mish, SiLU's f), it
//   is made of small helpers that inline into the caller, and the same words give the same values.
import type { Params } from '../types';
import { ERX, erfSmallRatio, erfMidRatio, erfcTailRatio, erfcTailRatioEstrin } from '../special/erf';
import { SPLITTER, mulErr, sqrErr, sumErr } from './eft';
import { EXP, INV_L2_32, L2_32_HI, L2_32_LO, LO, POW2, SHIFT, TH, TL, expFast, expFastLo, expParts, ldexp, pow2 } from './gated-exp';
import {
  GELU_D1,
  GELU_TANH_D1,
  GELU_TANH_D2,
  SWISH_D1,
  SWISH_D2,
  MISH_D1,
  MISH_D2N,
  MISH_D2P,
  type RootSeries,
} from './gated-coeffs';

const BIG = 1e300; // Dekker's split overflows beyond 2^996
const F = 1; // what the tail helpers compute: f
const DF = 2; // f'
const D2F = 4; // f''
const ALL = 7;

/** Where the tail helpers put their results when f, f' or f'' alone is wanted (typed arrays: no boxing). */
const SF = new Float64Array(1);
/** One point for a kernel that takes its points from an array. */
const X1 = new Float64Array(1);
const SDF = new Float64Array(1);
const SD2F = new Float64Array(1);

/** Value of a root series at ah + al (its root r = s.hi + s.lo): d (c1 + c2 d + ...), d = ah + al - r formed exactly. */
export function seriesAt(s: RootSeries, ah: number, al: number): number {
  const t = ah - s.hi; // exact within the radius (Sterbenz)
  const u = t + al;
  const dh = u - s.lo;
  const dl = sumErr(t, al, u) + sumErr(u, -s.lo, dh);
  const c = s.c;
  let r = c[c.length - 1];
  for (let k = c.length - 2; k >= 2; k--) r = r * dh + c[k];
  const m = dh * r;
  const qh = c[0] + m; // |m| < |c1| within the radius: Fast2Sum
  const ql = c[0] - qh + m + c[1] + dl * r;
  const p = dh * qh;
  return p + (mulErr(dh, qh, p) + dh * ql + dl * qh);
}

/** True when v is within the series radius of its root. */
function near(s: RootSeries, v: number): boolean {
  const d = v - s.hi;
  return d < s.rho && d > -s.rho;
}

/**
 * c * m * exp(ah + al) for ah < -700 (exp alone underflows; c may be huge, e.g. x = y / beta with a small beta).
 * The binary exponent of c is moved into the argument and the product is rounded once.
 */
function scaledProd(c: number, m: number, ah: number, al: number): number {
  let kc = 0;
  let mc = c;
  const ac = Math.abs(c);
  if (ac > 1) {
    kc = Math.min(1023, Math.floor(Math.log2(ac)));
    mc = c * pow2(-kc);
  }
  expParts(ah, al);
  return ldexp(mc * m * (EXP[0] + EXP[1]), EXP[2] + kc);
}

// ------------------------------------------------------------------------------------------------------- GELU
// gelu(x) = x Phi(x). Left values with a = |x| and t = a/sqrt2 = th + tl (its rounding would enter erfc as 2t^2
// ulps): L0 = -a Phi(-a), L1 = Phi(-a) - a phi(a), L2 = phi(a)(2 - a^2); gelu = x + L0, gelu' = 1 - L1 for x > 0.
// Phi(-a) = erfc(t)/2 on FreeBSD's intervals for t. On its tail intervals (t >= 1.25), a Phi(-a) =
// exp(-a^2/2 - 0.5625 + R/S + ln(1/sqrt2)) is one exponential of a double-double argument.
// L1 cancels for x < 0 (Phi(-a) and a phi(a) agree to many digits near the root of gelu'), so both are carried
// as double-doubles there; 2 - a^2 = (sqrt2 - a)(sqrt2 + a) with sqrt2 double-double is exact near +-sqrt2.

const S1H = 0.7071067811865476; // 1/sqrt2 = S1H + S1L
const S1L = -4.833646656726457e-17;
const S1H_H = 0.7071067839860916; // S1H split in halves (Dekker) for the exact product a * S1H
const S1H_L = -2.7995440410322203e-9;
const S2H = 1.4142135623730951; // sqrt2
const S2L = -9.667293313452913e-17;
const LP_H = 0.9189385332046728; // ln sqrt(2 pi)
const LP_L = -3.8782941580672414e-17;
const CT_H = -0.9090735902799727; // ln(1/sqrt2) - 0.5625
const CT_L = 4.391591716202633e-17;
const A_SPLIT = 4.040610948894073; // sqrt2 * ERFC_TAIL_SPLIT: FreeBSD's two tail intervals, in a
const GELU_ZERO = 39; // a >= 39: phi(a) a^2 < 2^-1075, every left value underflows
const GELU_SCALED = 37; // below, a Phi(-a) and phi(a) (> e^-685) are normal: expFastLo, no separate binary scale

// Kernels too large to inline take their arguments and give their results through typed arrays (ARG, RES, or the
// point arrays themselves): V8 boxes each double passed to or returned from a call it does not inline (a heap
// allocation), but keeps doubles unboxed in typed arrays. f, f', f'' and the fused evaluation call the same kernel
// with a different `need` (which of the three to compute), so their values are the same bit for bit.

const ARG = new Float64Array(2);
const RES = new Float64Array(3);

/** gelu for t = |x|/sqrt2 < 1.25; x in ARG, results in RES. */
function geluCentral(need: number): void {
  const x = ARG[0];
  const a = Math.abs(x);
  const th = a * S1H;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  const tl = ah * S1H_H - th + ah * S1H_L + al * S1H_H + al * S1H_L + a * S1L; // a/sqrt2 - th
  // erfc(t) = eh + el; erf(t) = ef for th < 0.84375
  let eh: number;
  let el: number;
  let ef = 0;
  if (th < 0.84375) {
    const v = tl + th * erfSmallRatio(th * th); // erf(t) = th + v
    ef = th + v;
    if (th < 0.25) {
      eh = 1 - ef;
      el = 0;
    } else {
      const w = th - 0.5; // exact
      const sh = w + v;
      eh = 0.5 - sh;
      el = 0.5 - eh - sh - (w - sh + v); // |w| >= |v|: Fast2Sum
    }
  } else {
    const q = erfMidRatio(th - 1 + tl); // th - 1 is exact
    eh = 1 - ERX - q;
    el = 1 - ERX - eh - q;
  }
  if (need & F) {
    const hx = 0.5 * x;
    RES[0] = x > 0 ? (th < 0.84375 ? hx + hx * ef : x - hx * eh) : hx * eh;
  }
  if (need & (DF | D2F)) {
    // phi(a) = exp(-a^2/2 - ln sqrt(2 pi)) with a^2 = p + pe exact
    const p = a * a;
    const pe = ah * ah - p + 2 * ah * al + al * al;
    const h = -0.5 * p;
    const xh = h - LP_H;
    const bb = xh - h;
    const ph = expFastLo(xh, h - (xh - bb) + (-LP_H - bb) - 0.5 * pe - LP_L);
    const pl = LO[0];
    if (need & DF) {
      if (near(GELU_D1, x)) RES[1] = seriesAt(GELU_D1, x, 0);
      else {
        const m = a * ph;
        if (x > 0) RES[1] = 1 - (0.5 * eh - m);
        else {
          t = SPLITTER * ph;
          const bh = t - (t - ph);
          const bt = ph - bh;
          RES[1] = 0.5 * eh - m + (0.5 * el - (ah * bh - m + ah * bt + al * bh + al * bt) - a * pl);
        }
      }
    }
    if (need & D2F) RES[2] = (ph + pl) * ((S2H - a + S2L) * (S2H + a));
  }
}

/**
 * gelu for t >= 1.25 and |x| < GELU_SCALED: a Phi(-a) = T + Tl and phi(a) = ph + pl, both normal, from expFastLo. The
 * two exponentials have double-double arguments: -a^2/2 exact, plus -0.5625 + R/S + ln(1/sqrt2) or -ln sqrt(2 pi).
 */
function geluTail(need: number): void {
  const x = ARG[0];
  const a = Math.abs(x);
  const p = a * a;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  const pe = ah * ah - p + 2 * ah * al + al * al;
  const h = -0.5 * p; // |h| >= 1.56
  let T = 0; // a Phi(-a) = T + Tl
  let Tl = 0;
  if (need & (F | DF)) {
    const rs = erfcTailRatioEstrin(2 / p, a < A_SPLIT);
    const u = CT_H + rs; // |rs| <= 0.215 < |CT_H|: Fast2Sum
    const xh = h + u; // |h| > |u|
    T = expFastLo(xh, h - xh + u + (CT_H - u + rs) + CT_L - 0.5 * pe);
    Tl = LO[0];
    if (need & F) RES[0] = x > 0 ? x - (T + Tl) : -(T + Tl);
  }
  if (need & (DF | D2F)) {
    const xh = h - LP_H; // |h| > LP_H: Fast2Sum
    const ph = expFastLo(xh, h - xh - LP_H - 0.5 * pe - LP_L);
    const pl = LO[0];
    if (need & DF) {
      // L1 = Phi(-a) - a phi(a) = T/a - a (ph + pl), the product exact on the left (the quotient's rounding reaches L1
      // damped by 1/(a^2 - 1) < 0.47); on the right f' = 1 - L1 damps all of L1's error (L1 < 0.04)
      const q = (T + Tl) / a;
      const m = a * ph;
      if (x > 0) RES[1] = 1 - (q - m);
      else {
        t = SPLITTER * ph;
        const bh = t - (t - ph);
        const bt = ph - bh;
        RES[1] = q - m - (ah * bh - m + ah * bt + al * bh + al * bt) - a * pl;
      }
    }
    if (need & D2F) RES[2] = (ph + pl) * ((S2H - a + S2L) * (S2H + a));
  }
}

/** The far tail (GELU_SCALED <= |x| < 39): the left values at their binary scales, rounded once into the subnormals. */
function geluTailScaled(need: number): void {
  const x = ARG[0];
  const a = Math.abs(x);
  const p = a * a;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  const pe = ah * ah - p + 2 * ah * al + al * al;
  const h = -0.5 * p;
  let tm = 0; // a Phi(-a) = tm 2^tk
  let tk = 0;
  if (need & (F | DF)) {
    const rs = erfcTailRatio(2 / p, false);
    const u = CT_H + rs;
    const xh = h + u;
    expParts(xh, h - xh + u + (CT_H - u + rs) + CT_L - 0.5 * pe);
    tm = EXP[0] + EXP[1];
    tk = EXP[2];
    if (need & F) {
      const v = ldexp(tm, tk);
      RES[0] = x > 0 ? x - v : -v;
    }
  }
  if (need & (DF | D2F)) {
    const xh = h - LP_H;
    expParts(xh, h - xh - LP_H - 0.5 * pe - LP_L);
    const k = EXP[2];
    const ph = EXP[0];
    const pl = EXP[1];
    if (need & DF) {
      const m = a * ph;
      t = SPLITTER * ph;
      const bh = t - (t - ph);
      const bt = ph - bh;
      const v = (tm * pow2(tk - k)) / a - m - (ah * bh - m + ah * bt + al * bh + al * bt) - a * pl;
      const l1 = ldexp(v, k);
      RES[1] = x > 0 ? 1 - l1 : l1;
    }
    if (need & D2F) RES[2] = ldexp((ph + pl) * ((S2H - a + S2L) * (S2H + a)), k);
  }
}

/** f, f', f'' of gelu into RES (the ones `need` asks for). */
function geluKernel(x: number, need: number): void {
  const a = Math.abs(x);
  ARG[0] = x;
  if (a * S1H < 1.25) geluCentral(need);
  else if (a < GELU_SCALED) geluTail(need);
  else if (a < GELU_ZERO) geluTailScaled(need);
  else if (x === x) {
    // limits; underflowed left values keep their negative sign
    RES[0] = x > 0 ? x : -0;
    RES[1] = x > 0 ? 1 : -0;
    RES[2] = -0;
  } else RES[0] = RES[1] = RES[2] = NaN;
}

export function geluPut(xs: Float64Array, i: number, _p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  geluKernel(xs[i], ALL);
  f[i] = RES[0];
  df[i] = RES[1];
  d2f[i] = RES[2];
}

export function geluF(x: number): number {
  geluKernel(x, F);
  return RES[0];
}

export function geluDF(x: number): number {
  geluKernel(x, DF);
  return RES[1];
}

export function geluD2F(x: number): number {
  geluKernel(x, D2F);
  return RES[2];
}

// ------------------------------------------------------------------------------------------------- GELU tanh
// gelu_tanh(x) = x/2 (1 + tanh(u)) = x sigmoid(2u), 2u = x (K1 + K3 x^2). With a = |x|, V = a (K1 + K3 a^2) as
// a double-double (exp(-V) amplifies its rounding by V), e = exp(-V), s = 1 + e:
// L0 = -a e/s, L1 = e T1/s^2 with T1 = 1 + e - a V' = ((1 - V) + e) - 2K3 a^3 (exact leading sum near the root),
// L2 = e B/s^3, B = (2V' + 6K3 a^2)(1 + e) - a V'^2 (1 - e), V' = K1 + 3K3 a^2. B's two products agree to one
// to four digits over 0.9 < a < 6 (not only near L2's root), so there they are double-doubles.
// |x| >= 30: every left value underflows (V > 2000), and x^3 would overflow beyond 5.6e102.

const K1H = 1.5957691216057308; // 2 sqrt(2/pi)
const K1L = -9.96930880911092e-17;
const K3H = 0.07135481627260025; // 2 sqrt(2/pi) * 0.044715 (the double)
const K3L = -4.1218577217431825e-18;
const K3H_H = 0.071354815736413; // K3H split in halves
const K3H_L = 5.361872473796936e-10;
const K3X2 = 0.1427096325452005; // 2 K3 (exact doubling of K3H)
const K3X3 = 0.21406444881780073; // 3 K3 (12 K3 is 4 times this, exactly)
const K3X6 = 0.42812889763560147; // 6 K3
const GT_ZERO = 30;

/** The low part of gtV's result. */
const VL = new Float64Array(1);

/** V = a (K1 + K3 a^2) = result + VL[0]: three exact products sharing a's split (a < GT_ZERO). */
function gtV(a: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  const p = a * a;
  const pe = ah * ah - p + 2 * ah * al + al * al;
  t = SPLITTER * p;
  const pH = t - (t - p);
  const pT = p - pH;
  const m = K3H * p;
  const me = K3H_H * pH - m + K3H_H * pT + K3H_L * pH + K3H_L * pT + K3H * pe + K3L * p;
  const w = K1H + m;
  const wl = sumErr(K1H, m, w) + me + K1L;
  t = SPLITTER * w;
  const wH = t - (t - w);
  const wT = w - wH;
  const vh = a * w;
  VL[0] = ah * wH - vh + ah * wT + al * wH + al * wT + a * wl;
  return vh;
}

// Q(a) = 2K1 - K1^2 a + 12K3 a^2 - 6K1K3 a^3 - 9K3^2 a^5 = (a - r) S(a): r = GT_QR_H + GT_QR_L and S's coefficients
// (a^4 down to a^0), from mpmath at 50 digits.
const GT_QR_H = 1.2187194166667779;
const GT_QR_L = 3.717901222357957e-17;
const GT_Q0 = -0.04582358824766883;
const GT_Q1 = -0.05584609673877758;
const GT_Q2 = -0.751255597354593;
const GT_Q3 = -0.059311988104438426;
const GT_Q4 = -2.6187637610143133;

/**
 * f, f', f'' of gelu_tanh at n points (the ones `need` asks for), in a loop of its own: the kernel is too large to
 * inline, and a call per point that passes doubles boxes them (~6 ns). f, df, d2f and all() run it on one point.
 */
function gtRange(xs: Float64Array, n: number, f: Float64Array, df: Float64Array, d2f: Float64Array, need: number): void {
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const a = Math.abs(x);
    if (!(a < GT_ZERO)) {
      if (x === x) {
        f[i] = x > 0 ? x : -0;
        df[i] = x > 0 ? 1 : -0;
        d2f[i] = -0;
      } else f[i] = df[i] = d2f[i] = NaN;
      continue;
    }
    const vh = gtV(a);
    const vl = VL[0];
    if (!(vh < 708)) {
      gtTail(x, a, vh, vl, need);
      f[i] = RES[0];
      df[i] = RES[1];
      d2f[i] = RES[2];
      continue;
    }
    const e = expFastLo(-vh, -vl);
    const el = LO[0];
    const s = 1 + e;
    if (need & F) f[i] = x > 0 ? x / s : (x * e) / s;
    const inv = 1 / s; // 1/(1 + e) for the steps whose rounding is damped or within f'''s budget (one division, not three)
    if (need & DF) {
      let l1: number;
      if (near(GELU_TANH_D1, x)) l1 = seriesAt(GELU_TANH_D1, x, 0);
      else {
        const c3 = K3X2 * a * a * a; // a V' = V + 2K3 a^3
        const u = 1 - vh;
        const th = u + e;
        // plain where f' = 1 - L1 damps L1's error by L1/(1 - L1) < 0.16
        if (x >= 0.5) l1 = e * (th - c3) * (inv * inv);
        else {
          // e T1 / s^2 with T1 = (th + c) + tl as a double-double (th + tl = 1 - V + e exactly, c = -2K3 a^3) and
          // 1 + e = s + sl: q = e T1h / s^2, corrected to first order by the low parts (three roundings)
          const sl = 1 - s + e + el; // 1 + e = s + sl
          const b2 = th - u;
          const tl = u - (th - b2) + (e - b2) + el - vl;
          const T1 = th - c3;
          const bb = T1 - th;
          const T1l = th - (T1 - bb) + (-c3 - bb) + tl;
          const d = s * s;
          const q = (e * T1) / d;
          // s^2 - d = (1 + 2m - d) + m^2 with m = s - 1 (the first part exact, Sterbenz)
          const m = s - 1;
          l1 = q + (e * T1l + el * T1 - q * (1 + 2 * m - d + m * m + 2 * s * sl)) * (inv * inv);
        }
      }
      df[i] = x > 0 ? 1 - l1 : l1;
    }
    if (need & D2F) d2f[i] = near(GELU_TANH_D2, a) ? seriesAt(GELU_TANH_D2, a, 0) : gtL2(a, e, inv);
  }
}

/**
 * L2 = f'' = e B/s^3 (s = 1 + e) with B = P (1 + e) - a V'^2 (1 - e) = Q + e R, Q = P - a V'^2 and R = P + a V'^2 (P = 2K1 +
 * 12K3 a^2, V' = K1 + 3K3 a^2). R's terms are positive; Q, a quintic in a with terms up to 20 times its value, has
 * one positive root r and is taken as (a - r) S(a), S's coefficients all negative (mpmath): so B is a sum of two
 * products with few roundings each, and it cancels only near the root of f'' itself, where the series takes over.
 */
function gtL2(a: number, e: number, inv: number): number {
  const p = a * a;
  const sq = GT_Q4 + a * (GT_Q3 + a * (GT_Q2 + a * (GT_Q1 + a * GT_Q0)));
  const d = a - GT_QR_H - GT_QR_L; // a - GT_QR_H is exact near the root
  const v1 = K1H + K3X3 * p;
  const r = 2 * K1H + 4 * K3X3 * p + a * v1 * v1;
  return e * (d * sq + e * r) * (inv * inv * inv); // inv = 1/(1 + e)
}

/** exp(-V) underflows (|x| > ~21.5): L0 = -a e, L1 = e (1 - a V'), L2 = e (2V' + 6K3 a^2 - a V'^2), scaled. */
function gtTail(x: number, a: number, vh: number, vl: number, need: number): void {
  const p = a * a;
  const v1 = K1H + K3X3 * p;
  if (need & F) RES[0] = x > 0 ? x : scaledProd(x, 1, -vh, -vl);
  if (need & DF) RES[1] = x > 0 ? 1 : scaledProd(1 - a * v1, 1, -vh, -vl);
  if (need & D2F) RES[2] = scaledProd(2 * v1 + K3X6 * p - a * v1 * v1, 1, -vh, -vl);
}

/** One point (all()): the sampler's path, gtRange. */
export function gtPut(xs: Float64Array, i: number, _p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  X1[0] = xs[i];
  gtRange(X1, 1, SF, SDF, SD2F, ALL);
  f[i] = SF[0];
  df[i] = SDF[0];
  d2f[i] = SD2F[0];
}

export function gtFill(xs: Float64Array, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  gtRange(xs, xs.length, f, df, d2f, ALL);
}

export function gtF(x: number): number {
  X1[0] = x;
  gtRange(X1, 1, SF, SDF, SD2F, F);
  return SF[0];
}

export function gtDF(x: number): number {
  X1[0] = x;
  gtRange(X1, 1, SF, SDF, SD2F, DF);
  return SDF[0];
}

export function gtD2F(x: number): number {
  X1[0] = x;
  gtRange(X1, 1, SF, SDF, SD2F, D2F);
  return SD2F[0];
}

// ------------------------------------------------------------------------------------------------ SiLU / swish
// swish(x) = x sigmoid(y), y = beta x kept as yh + yl (beta*x's rounding enters exp as |y| ulps). With a = -|y|,
// e = exp(a), s = 1 + e: f = x/s (y >= 0) or x e/s; f' = g1(a) for y < 0 and 1 - g1(a) for y > 0,
// g1 = e (1 + a + e)/s^2 whose leading sum (1 + a) + e is exact near g1's root a = -1.2785;
// f'' = beta g2(a), g2 = e ((2 + a) + e (2 - a))/s^3, root at a = -2.3994 (series around both roots).
// SiLU is the same kernels with no beta parameter (beta = 1, y exact).

/** The rounding error of y = beta x (0 for beta = 1 and where even a huge x cannot lift e^y above 2^-1075). */
function prodLo(beta: number, x: number, y: number): number {
  return beta === 1 ? 0 : prodLoAny(beta, x, y); // small enough that V8 always inlines it (SiLU never calls further)
}

function prodLoAny(beta: number, x: number, y: number): number {
  if (!(y > -1500 && y < 1500)) return 0;
  return Math.abs(beta) < BIG && Math.abs(x) < BIG ? mulErr(beta, x, y) : prodLoBig(beta, x, y);
}

/** prodLo with a factor beyond 1e300: scaled by 2^-+600 first (the other factor is below 1500/1e300). */
function prodLoBig(beta: number, x: number, y: number): number {
  return Math.abs(beta) >= BIG ? mulErr(beta * 2.409919865102884e-181, x * 4.149515568880993e180, y) : mulErr(beta * 4.149515568880993e180, x * 2.409919865102884e-181, y);
}

// One kernel computes what `need` asks for, x in ARG[0] and beta in ARG[1], results in RES. Its body is written out
// (the exponential too) beyond V8's single-inlining limit of 460 bytecode bytes, so V8 never inlines it: f', f'' and
// the sampler always call it, and such a call passes no double (nothing to box). A caller evaluating f + f' then
// inlines SiLU's f (small) and this call, and its own compiled body stays small enough to be inlined in turn.
// f is the one exception: siluF is small and inlines; the kernel's f is the same words, so both agree bit for bit.

function swishKernel(need: number): void {
  const x = ARG[0];
  const beta = ARG[1];
  const y = beta * x;
  if (!(y > -708 && y < 708)) {
    swishTail(x, beta, y, need);
    return;
  }
  const yl = prodLo(beta, x, y);
  const neg = y < 0;
  const ah = neg ? y : -y;
  const al = neg ? yl : -yl;
  // e = e^(ah + al) = e + el: expFastLo, written out (see above)
  const kf = ah * INV_L2_32 + SHIFT - SHIFT;
  const r = ah - kf * L2_32_HI - kf * L2_32_LO + al;
  const n = kf | 0;
  const j = n & 31;
  const pr = r + r * r * (0.5 + r * (0.16666666666666666 + r * (0.041666666666666664 + r * (0.008333333333333333 + r * 0.001388888888888889))));
  const th = TH[j];
  const tt = th * pr + TL[j] * (1 + pr);
  const eh = th + tt;
  const sc = POW2[1074 + (n >> 5)];
  const e = eh * sc;
  const el = (th - eh + tt) * sc;
  const s = 1 + e;
  if (need & F) RES[0] = neg ? (x * e) / (1 + e) : y > 40 ? x : x / (1 + e);
  if (need & DF) {
    // f' on the left, g1 = e N/s^2, N = (1 + ah) + e, plain where f' = 1 - g1 damps g1's error (g1/(1 - g1) < 0.1)
    let g: number;
    if (near(SWISH_D1, ah)) g = seriesAt(SWISH_D1, ah, al);
    else {
      const u = 1 + ah;
      const nh = u + e;
      if (y >= 0.5) g = (e * nh) / (s * s);
      else {
        // (e + el)(nh + nl)/(s + sl)^2 with N = nh + nl and 1 + e = s + sl exactly: the low parts enter as one first-order
        // correction of q = (e nh)/s^2, so g1 is rounded three times (<= 3 ulp by construction, 2 measured; rounding
        // once, with e nh exact through Dekker's product, cost 60% more for one ulp less). s^2 - d = (1 + 2m - d) + m^2
        // with m = s - 1, the first part exact (Sterbenz), m^2 rounded (2^-55 of d at most).
        const bb = nh - u;
        const nl = u - (nh - bb) + (e - bb) + al + el;
        const d = s * s;
        const q = (e * nh) / d;
        const m = s - 1;
        g = q + (e * nl + el * nh - q * (1 + 2 * m - d + m * m + 2 * s * (e - m + el))) / d;
      }
    }
    RES[1] = neg ? g : 1 - g;
  }
  // f''/beta on the left, g2 = e ((2 + a) + e (2 - a))/s^3
  if (need & D2F) RES[2] = beta * (near(SWISH_D2, ah) ? seriesAt(SWISH_D2, ah, al) : (e * (2 + ah + al + e * (2 - ah))) / (s * s * s));
}

/** |beta x| >= 708 or NaN: exp(-|y|) underflows; e^a times x, 1 + a, beta (2 + a) formed at scaled exponents. */
function swishTail(x: number, beta: number, y: number, need: number): void {
  if (y !== y) {
    // beta = 0 with x infinite (x/2, 1/2, 0), or x NaN
    const nan = x !== x;
    RES[0] = nan ? NaN : 0.5 * x;
    RES[1] = nan ? NaN : 0.5;
    RES[2] = nan ? NaN : 0;
    return;
  }
  const pos = y > 0;
  const ah = pos ? -y : y;
  const live = ah > -1500; // beyond, every left value is below 2^-1075 even times a huge x or beta
  const al = live ? (pos ? -prodLo(beta, x, y) : prodLo(beta, x, y)) : 0;
  if (need & F) RES[0] = pos ? x : live ? scaledProd(x, 1, ah, al) : x > 0 ? 0 : -0;
  if (need & DF) RES[1] = pos ? 1 : live ? scaledProd(1 + ah, 1, ah, al) : -0;
  if (need & D2F) RES[2] = live ? scaledProd(beta, 2 + ah, ah, al) : beta > 0 ? -0 : 0;
}

function swishCall(x: number, beta: number, need: number): void {
  ARG[0] = x;
  ARG[1] = beta;
  swishKernel(need);
}

// The sampler's kernel is the opposite case: there a call per point (about 6 ns in V8's optimized code) costs more than
// it saves, so swishPut is made of small steps that inline into the activation's sampler loop. They are the kernel's
// words in the kernel's order (the sampler's values equal f, f', f'' bit for bit; the unit tests check it).

/** f' on the left, g1 = e N/s^2, from e^(ah + al) = e + el (ah = -|beta x|); as in swishKernel. */
function swishG1(ah: number, al: number, e: number, el: number, plain: boolean): number {
  if (near(SWISH_D1, ah)) return seriesAt(SWISH_D1, ah, al);
  const s = 1 + e;
  const u = 1 + ah;
  const nh = u + e;
  if (plain) return (e * nh) / (s * s);
  const bb = nh - u;
  const nl = u - (nh - bb) + (e - bb) + al + el;
  const d = s * s;
  const q = (e * nh) / d;
  const m = s - 1;
  return q + (e * nl + el * nh - q * (1 + 2 * m - d + m * m + 2 * s * (e - m + el))) / d;
}

/** f''/beta on the left, g2 = e ((2 + a) + e (2 - a))/s^3; as in swishKernel. */
function swishG2(ah: number, al: number, e: number): number {
  if (near(SWISH_D2, ah)) return seriesAt(SWISH_D2, ah, al);
  const s = 1 + e;
  return (e * (2 + ah + al + e * (2 - ah))) / (s * s * s);
}

export function swishPut(xs: Float64Array, i: number, p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  const x = xs[i];
  const beta = p.beta ?? 1;
  const y = beta * x;
  if (!(y > -708 && y < 708)) {
    swishCall(x, beta, ALL);
    f[i] = RES[0];
    df[i] = RES[1];
    d2f[i] = RES[2];
    return;
  }
  const yl = prodLo(beta, x, y);
  const neg = y < 0;
  const ah = neg ? y : -y;
  const al = neg ? yl : -yl;
  const e = expFastLo(ah, al);
  const el = LO[0];
  f[i] = neg ? (x * e) / (1 + e) : y > 40 ? x : x / (1 + e);
  const g = swishG1(ah, al, e, el, y >= 0.5);
  df[i] = neg ? g : 1 - g;
  d2f[i] = beta * swishG2(ah, al, e);
}

/** SiLU's f: beta = 1 (y = x exact), small enough to inline; the kernel's f in the same words. */
export function siluF(x: number): number {
  if (!(x > -708 && x < 40)) {
    if (x >= 40) return x; // x sigmoid(x) rounds to x
    swishCall(x, 1, F);
    return RES[0];
  }
  const neg = x < 0;
  const e = expFast(neg ? x : -x); // = the kernel's e for beta = 1 (no low part in the argument)
  return neg ? (x * e) / (1 + e) : x / (1 + e);
}

export function siluDF(x: number): number {
  swishCall(x, 1, DF);
  return RES[1];
}

export function swishF(x: number, p?: Params): number {
  const beta = p?.beta ?? 1;
  if (beta === 1) return siluF(x);
  swishCall(x, beta, F);
  return RES[0];
}

export function swishDF(x: number, p?: Params): number {
  swishCall(x, p?.beta ?? 1, DF);
  return RES[1];
}

export function swishD2F(x: number, p?: Params): number {
  swishCall(x, p?.beta ?? 1, D2F);
  return RES[2];
}

// ------------------------------------------------------------------------------------------------------- mish
// mish(x) = x tanh(softplus(x)). For x <= 0 with e = exp(x), n = e (e + 2), P = n + 2 (double-doubles):
//   f = x n/P, f' = e N1/P^2 with N1 = (4 + 4x) + e ((6 + 4x) + e (4 + e)),
//   f'' = 4e ((4 + 2x) + e ((8 + 2x) + e ((6 - 3x) + e (2 - 2x))))/P^3
// (the constant terms are exact near the roots, so the nested forms cancel only where the value vanishes).
// For x > 0 with u = exp(-x), D = 1 + 2u (1 + u), w = 2u^2/D (<= 0.4):
//   f = x - x w, f' = 1 + w (2x (1 + u)/D - 1), f'' = 4u^2 ((2 - 2x) + u ((6 - 3x) + u ((8 + 2x) + u (4 + 2x))))/D^3.

// Left (x <= 0, x > -708): from e = e^x = e + el, n = e (e + 2) = nh + nl and P = n + 2 = ph + pl.

/** mishLeftP's other results: pl, nh, nl. */
const MP = new Float64Array(3);

/** ph, with pl, nh, nl in MP: the numerator and denominator of the left values as double-doubles. */
function mishLeftP(e: number, el: number): number {
  const t = e + 2; // e <= 1: Fast2Sum
  const nh = e * t;
  const nl = mulErr(e, t, nh) + e * (2 - t + e + el) + el * t;
  const ph = nh + 2;
  const bb = ph - nh;
  MP[0] = nh - (ph - bb) + (2 - bb) + nl;
  MP[1] = nh;
  MP[2] = nl;
  return ph;
}

function mishLeftF(x: number, ph: number, pl: number, nh: number, nl: number): number {
  const q = nh / ph;
  return x * (q + (nl - q * pl) * (1 / ph));
}

function mishLeftDF(x: number, e: number, el: number, ph: number, pl: number): number {
  const n1 = 4 + 4 * x + e * (6 + 4 * x + e * (4 + e));
  const n = e * n1;
  const d = ph * ph;
  const q = n / d;
  return q + (mulErr(e, n1, n) + el * n1 - q * (sqrErr(ph, d) + 2 * ph * pl)) * (1 / d);
}

function mishLeftD2F(x: number, e: number, ph: number): number {
  return (4 * e * (4 + 2 * x + e * (8 + 2 * x + e * (6 - 3 * x + e * (2 - 2 * x))))) / (ph * ph * ph);
}

// Right (0 < x < 354, u^2 normal): from u = e^-x, D = 1 + 2u (1 + u) and w = 2u^2/D (f = x - x w).

function mishRightD(u: number): number {
  return 1 + 2 * u * (1 + u);
}

function mishRightF(x: number, u: number, dd: number): number {
  return x > 40 ? x : x - (x * (2 * u * u)) / dd;
}

function mishRightDF(x: number, u: number, dd: number): number {
  return x > 40 ? 1 : 1 + ((2 * u * u) / dd) * ((2 * x * (1 + u)) / dd - 1);
}

function mishRightD2F(x: number, u: number, dd: number): number {
  return (4 * u * u * (2 - 2 * x + u * (6 - 3 * x + u * (8 + 2 * x + u * (4 + 2 * x))))) / (dd * dd * dd);
}

// The fused kernel dispatches to one kernel per side, each taking x by index (typed arrays in and out): if V8 does not
// inline one into the sampler loop, calling it passes no double and allocates nothing.

export function mishPut(xs: Float64Array, i: number, p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  const x = xs[i];
  if (x <= 0 && x > -708) mishLeftPut(xs, i, p, f, df, d2f);
  else if (x > 0 && x < 354) mishRightPut(xs, i, p, f, df, d2f);
  else mishFar(x, f, df, d2f, i);
}

function mishLeftPut(xs: Float64Array, i: number, _p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  const x = xs[i];
  const e = expFastLo(x, 0);
  const el = LO[0];
  const ph = mishLeftP(e, el);
  const pl = MP[0];
  f[i] = mishLeftF(x, ph, pl, MP[1], MP[2]);
  df[i] = near(MISH_D1, x) ? seriesAt(MISH_D1, x, 0) : mishLeftDF(x, e, el, ph, pl);
  d2f[i] = near(MISH_D2N, x) ? seriesAt(MISH_D2N, x, 0) : mishLeftD2F(x, e, ph);
}

function mishRightPut(xs: Float64Array, i: number, _p: Params, f: Float64Array, df: Float64Array, d2f: Float64Array): void {
  const x = xs[i];
  const u = expFast(-x);
  const dd = mishRightD(u);
  f[i] = mishRightF(x, u, dd);
  df[i] = mishRightDF(x, u, dd);
  d2f[i] = near(MISH_D2P, x) ? seriesAt(MISH_D2P, x, 0) : mishRightD2F(x, u, dd);
}

/** Beyond the two kernels: x >= 354 (u^2 subnormal), x <= -708 (e^x subnormal), NaN. */
function mishFar(x: number, f: Float64Array, df: Float64Array, d2f: Float64Array, i: number): void {
  if (x >= 354) {
    // f = x, f' = 1; f'' = 8 (1 - x) e^-2x formed at a scaled exponent
    f[i] = x;
    df[i] = 1;
    d2f[i] = x < 800 ? scaledProd(8 - 8 * x, 1, -2 * x, 0) : -0;
  } else if (x <= -708) {
    // x e^x, (1 + x) e^x, (2 + x) e^x
    const live = x > -1500;
    f[i] = live ? scaledProd(x, 1, x, 0) : -0;
    df[i] = live ? scaledProd(1 + x, 1, x, 0) : -0;
    d2f[i] = live ? scaledProd(2 + x, 1, x, 0) : -0;
  } else f[i] = df[i] = d2f[i] = NaN;
}

export function mishF(x: number): number {
  if (x <= 0 && x > -708) {
    const e = expFastLo(x, 0);
    const ph = mishLeftP(e, LO[0]);
    return mishLeftF(x, ph, MP[0], MP[1], MP[2]);
  }
  if (x > 0 && x < 354) {
    const u = expFast(-x);
    return mishRightF(x, u, mishRightD(u));
  }
  mishFar(x, SF, SDF, SD2F, 0);
  return SF[0];
}

export function mishDF(x: number): number {
  if (x <= 0 && x > -708) {
    if (near(MISH_D1, x)) return seriesAt(MISH_D1, x, 0);
    const e = expFastLo(x, 0);
    const el = LO[0];
    const ph = mishLeftP(e, el);
    return mishLeftDF(x, e, el, ph, MP[0]);
  }
  if (x > 0 && x < 354) {
    const u = expFast(-x);
    return mishRightDF(x, u, mishRightD(u));
  }
  mishFar(x, SF, SDF, SD2F, 0);
  return SDF[0];
}

export function mishD2F(x: number): number {
  if (x <= 0 && x > -708) {
    if (near(MISH_D2N, x)) return seriesAt(MISH_D2N, x, 0);
    const e = expFast(x);
    return mishLeftD2F(x, e, mishP(e));
  }
  if (x > 0 && x < 354) {
    if (near(MISH_D2P, x)) return seriesAt(MISH_D2P, x, 0);
    const u = expFast(-x);
    return mishRightD2F(x, u, mishRightD(u));
  }
  mishFar(x, SF, SDF, SD2F, 0);
  return SD2F[0];
}

/** ph = e (e + 2) + 2 rounded, as mishLeftP computes it (f'' needs no low parts). */
function mishP(e: number): number {
  return e * (e + 2) + 2;
}
