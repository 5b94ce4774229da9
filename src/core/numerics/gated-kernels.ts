// f, f', f'' of the gated activations (GELU, GELU-tanh, SiLU/swish, mish) to a few ulp in float64.
//
// - Exponentials take a double-double argument (expParts): x^2, beta*x and the tanh form's cubic keep their
//   rounding errors, which exp would amplify by the size of the argument (500 ulp for exp(-x^2/2) at x = 30).
// - Symmetry: with a = |x| (or a = -|beta x|), each function is a "left" value and, for x > 0, x + L0, 1 - L1,
//   L2. Left values are products and quotients (no cancellation); 1 - L1 with |L1| <= 1/2 does not cancel.
// - f' is a product of four or five rounded factors (up to 4 ulp in plain arithmetic), so where its error is
//   not damped its last steps are double-double (Dekker products, one quotient) and rounded once; f'' (16-ulp
//   budget) stays plain.
// - Roots of f' and f'' (where the closed forms cancel by hundreds of ulp) use Taylor series about the root
//   with double-double leading coefficients (gated-coeffs.ts, from mpmath), only within a small radius.
// - Underflowing tails are formed at a scaled exponent and rounded once (scaledProd, ldexp): subnormal
//   results are right and keep their sign.
// - all() is the kernel: f/df/d2f call it with MODE set to the one value they want, so the sampler's call lands
//   in the arithmetic directly and f/df/d2f are the same arithmetic as all(). Speed: V8 boxes doubles passed to
//   calls it does not inline (x reaches the gelu region kernels through ARG) and inlines at most ~920 bytecode
//   bytes per compiled function, so the kernels inline small steps by hand and call few leaf helpers.
import type { Params, Triple } from '../types';
import { ERX, erfSmallRatio, erfMidRatio, erfcTailRatio } from '../special/erf';
import { EXP, expParts, ldexp, pow2 } from './gated-exp';
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

const SPLITTER = 134217729; // 2^27 + 1
const BIG = 1e300; // Dekker's split overflows beyond 2^996
const F = 1; // MODE bits: f
const DF = 2; // f'
const D2F = 4; // f''
const ALL = 7;

/** What the next kernel call computes: ALL, except inside f/df/d2f, which set one bit around their call. */
const MODE = new Int32Array([ALL]);
/** Target of f/df/d2f's kernel calls. */
const SCR: Triple = { f: 0, df: 0, d2f: 0 };
const NONE: Params = {};
/** x for the gelu region kernels (typed arrays hold doubles unboxed). */
const ARG = new Float64Array(1);

/** a*b - p exactly, for p = fl(a*b) (Dekker's product); needs |a|, |b| < 2^996 and no underflow. */
export function mulErr(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** a*a - p exactly, for p = fl(a*a). */
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

/** gelu for t = |x|/sqrt2 < 1.25; x in ARG. */
function geluCentral(out: Triple): void {
  const need = MODE[0];
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
    out.f = x > 0 ? (th < 0.84375 ? hx + hx * ef : x - hx * eh) : hx * eh;
  }
  if (need & (DF | D2F)) {
    // phi(a) = exp(-a^2/2 - ln sqrt(2 pi)) with a^2 = p + pe exact
    const p = a * a;
    const pe = ah * ah - p + 2 * ah * al + al * al;
    const h = -0.5 * p;
    const xh = h - LP_H;
    const bb = xh - h;
    expParts(xh, h - (xh - bb) + (-LP_H - bb) - 0.5 * pe - LP_L);
    const s = pow2(EXP[2]);
    const ph = EXP[0] * s;
    const pl = EXP[1] * s;
    if (need & DF) {
      if (near(GELU_D1, x)) out.df = seriesAt(GELU_D1, x, 0);
      else {
        const m = a * ph;
        if (x > 0) out.df = 1 - (0.5 * eh - m);
        else {
          t = SPLITTER * ph;
          const bh = t - (t - ph);
          const bt = ph - bh;
          out.df = 0.5 * eh - m + (0.5 * el - (ah * bh - m + ah * bt + al * bh + al * bt) - a * pl);
        }
      }
    }
    if (need & D2F) out.d2f = (ph + pl) * ((S2H - a + S2L) * (S2H + a));
  }
}

/** gelu for t >= 1.25 and |x| < 39: a Phi(-a) and phi(a) at their binary scales, rounded once into subnormals. */
function geluTail(out: Triple): void {
  const need = MODE[0];
  const x = ARG[0];
  const a = Math.abs(x);
  const p = a * a;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  const pe = ah * ah - p + 2 * ah * al + al * al;
  const h = -0.5 * p; // |h| >= 1.56
  let tm = 0; // a Phi(-a) = tm 2^tk
  let tk = 0;
  if (need & (F | DF)) {
    const rs = erfcTailRatio(2 / p, a < A_SPLIT);
    const u = CT_H + rs; // |rs| <= 0.215 < |CT_H|: Fast2Sum
    const xh = h + u; // |h| > |u|
    expParts(xh, h - xh + u + (CT_H - u + rs) + CT_L - 0.5 * pe);
    tm = EXP[0] + EXP[1];
    tk = EXP[2];
    if (need & F) {
      const v = tk >= -1022 ? tm * pow2(tk) : ldexp(tm, tk);
      out.f = x > 0 ? x - v : -v;
    }
  }
  if (need & (DF | D2F)) {
    const xh = h - LP_H; // |h| > LP_H: Fast2Sum
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
      const l1 = k >= -1022 ? v * pow2(k) : ldexp(v, k);
      out.df = x > 0 ? 1 - l1 : l1;
    }
    if (need & D2F) {
      const v = (ph + pl) * ((S2H - a + S2L) * (S2H + a));
      out.d2f = k >= -1022 ? v * pow2(k) : ldexp(v, k);
    }
  }
}

export function geluAll(x: number, _p: Params, out: Triple): void {
  const a = Math.abs(x);
  ARG[0] = x;
  if (a * S1H < 1.25) geluCentral(out);
  else if (a < GELU_ZERO) geluTail(out);
  else if (x === x) {
    // limits; underflowed left values keep their negative sign
    out.f = x > 0 ? x : -0;
    out.df = x > 0 ? 1 : -0;
    out.d2f = -0;
  } else out.f = out.df = out.d2f = NaN;
}

export function geluF(x: number): number {
  MODE[0] = F;
  geluAll(x, NONE, SCR);
  MODE[0] = ALL;
  return SCR.f;
}

export function geluDF(x: number): number {
  MODE[0] = DF;
  geluAll(x, NONE, SCR);
  MODE[0] = ALL;
  return SCR.df;
}

export function geluD2F(x: number): number {
  MODE[0] = D2F;
  geluAll(x, NONE, SCR);
  MODE[0] = ALL;
  return SCR.d2f;
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
const K3X3 = 0.21406444881780073; // 3 K3 = K3X3 + K3X3_L (12 K3 is 4 times this, exactly)
const K3X3_L = 1.5122146425849084e-18;
const K3X3_H = 0.21406444907188416; // K3X3 split in halves
const K3X3_T = -2.540834209696641e-10;
const K3X6 = 0.42812889763560147; // 6 K3
const GT_ZERO = 30;

export function gtAll(x: number, _p: Params, out: Triple): void {
  const need = MODE[0];
  const a = Math.abs(x);
  if (!(a < GT_ZERO)) {
    if (x === x) {
      out.f = x > 0 ? x : -0;
      out.df = x > 0 ? 1 : -0;
      out.d2f = -0;
    } else out.f = out.df = out.d2f = NaN;
    return;
  }
  // V = a (K1 + K3 a^2) = vh + vl: three exact products sharing a's split
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  const p = a * a;
  const pe = ah * ah - p + 2 * ah * al + al * al;
  t = SPLITTER * p;
  const pH = t - (t - p);
  const pT = p - pH;
  let m = K3H * p;
  let me = K3H_H * pH - m + K3H_H * pT + K3H_L * pH + K3H_L * pT + K3H * pe + K3L * p;
  const w = K1H + m;
  const wl = sumErr(K1H, m, w) + me + K1L;
  t = SPLITTER * w;
  const wH = t - (t - w);
  const wT = w - wH;
  const vh = a * w;
  const vl = ah * wH - vh + ah * wT + al * wH + al * wT + a * wl;
  if (!(vh < 708)) {
    gtTail(x, a, vh, vl, out, need);
    return;
  }
  expParts(-vh, -vl);
  const sc = pow2(EXP[2]);
  const e = EXP[0] * sc;
  const el = EXP[1] * sc;
  const s = 1 + e;
  const sl = 1 - s + e + el; // 1 + e = s + sl
  if (need & F) out.f = x > 0 ? x / s : (x * e) / s;
  if (need & DF) {
    if (near(GELU_TANH_D1, x)) out.df = seriesAt(GELU_TANH_D1, x, 0);
    else {
      const c3 = K3X2 * a * a * a; // a V' = V + 2K3 a^3
      const u = 1 - vh;
      const th = u + e;
      let l1: number;
      // plain where f' = 1 - L1 damps L1's error by L1/(1 - L1) < 0.16
      if (x >= 0.5) l1 = (e * (th - c3)) / (s * s);
      else {
        // e T1 / s^2 with T1 = th + tl, rounded once
        const b2 = th - u;
        const tl = u - (th - b2) + (e - b2) + el - vl - c3;
        const n = e * th;
        t = SPLITTER * e;
        const eH = t - (t - e);
        const eT = e - eH;
        t = SPLITTER * th;
        const hH = t - (t - th);
        const hT = th - hH;
        const ne = eH * hH - n + eH * hT + eT * hH + eT * hT + e * tl + el * th;
        const d = s * s;
        const q = n / d;
        l1 = q + (ne - q * (sqrErr(s, d) + 2 * s * sl)) * (1 / d);
      }
      out.df = x > 0 ? 1 - l1 : l1;
    }
  }
  if (need & D2F) {
    if (near(GELU_TANH_D2, a)) out.d2f = seriesAt(GELU_TANH_D2, a, 0);
    else if (a > 0.9 && a < 6) {
      // V' = K1 + 3K3 a^2 = D + Dl and P = 2K1 + 12K3 a^2 = P + Pl share the exact product 3K3 a^2 = m + me
      m = K3X3 * p;
      me = K3X3_H * pH - m + K3X3_H * pT + K3X3_T * pH + K3X3_T * pT + K3X3 * pe + K3X3_L * p;
      const D = K1H + m;
      const Dl = sumErr(K1H, m, D) + me + K1L;
      const P = 2 * K1H + 4 * m;
      const Pl = sumErr(2 * K1H, 4 * m, P) + 4 * me + 2 * K1L;
      const t1 = P * s; // P (1 + e)
      const t1e = mulErr(P, s, t1) + P * sl + Pl * s;
      const q = D * D; // a V'^2 (1 - e)
      const wq = a * q;
      t = SPLITTER * q;
      const qH = t - (t - q);
      const qT = q - qH;
      const we = ah * qH - wq + ah * qT + al * qH + al * qT + a * (sqrErr(D, q) + 2 * D * Dl);
      const o = 1 - e;
      const t2 = wq * o;
      const t2e = mulErr(wq, o, t2) + wq * (1 - o - e - el) + we * o;
      out.d2f = (e * (t1 - t2 + (t1e - t2e))) / (s * s * s);
    } else {
      const v1 = K1H + K3X3 * p;
      out.d2f = (e * ((2 * v1 + K3X6 * p) * s - a * v1 * v1 * (1 - e))) / (s * s * s);
    }
  }
}

/** exp(-V) underflows (|x| > ~21.5): L0 = -a e, L1 = e (1 - a V'), L2 = e (2V' + 6K3 a^2 - a V'^2), scaled. */
function gtTail(x: number, a: number, vh: number, vl: number, out: Triple, need: number): void {
  const p = a * a;
  const v1 = K1H + K3X3 * p;
  if (need & F) out.f = x > 0 ? x : scaledProd(x, 1, -vh, -vl);
  if (need & DF) out.df = x > 0 ? 1 : scaledProd(1 - a * v1, 1, -vh, -vl);
  if (need & D2F) out.d2f = scaledProd(2 * v1 + K3X6 * p - a * v1 * v1, 1, -vh, -vl);
}

export function gtF(x: number): number {
  MODE[0] = F;
  gtAll(x, NONE, SCR);
  MODE[0] = ALL;
  return SCR.f;
}

export function gtDF(x: number): number {
  MODE[0] = DF;
  gtAll(x, NONE, SCR);
  MODE[0] = ALL;
  return SCR.df;
}

export function gtD2F(x: number): number {
  MODE[0] = D2F;
  gtAll(x, NONE, SCR);
  MODE[0] = ALL;
  return SCR.d2f;
}

// ------------------------------------------------------------------------------------------------ SiLU / swish
// swish(x) = x sigmoid(y), y = beta x kept as yh + yl (beta*x's rounding enters exp as |y| ulps). With a = -|y|,
// e = exp(a), s = 1 + e: f = x/s (y >= 0) or x e/s; f' = g1(a) for y < 0 and 1 - g1(a) for y > 0,
// g1 = e (1 + a + e)/s^2 whose leading sum (1 + a) + e is exact near g1's root a = -1.2785;
// f'' = beta g2(a), g2 = e ((2 + a) + e (2 - a))/s^3, root at a = -2.3994 (series around both roots).
// SiLU is the same kernels with no beta parameter (beta = 1, y exact).

/** The rounding error of y = beta x (0 for beta = 1 and where even a huge x cannot lift e^y above 2^-1075). */
function prodLo(beta: number, x: number, y: number): number {
  if (beta === 1 || !(y > -1500 && y < 1500)) return 0;
  return Math.abs(beta) < BIG && Math.abs(x) < BIG ? mulErr(beta, x, y) : prodLoBig(beta, x, y);
}

/** prodLo with a factor beyond 1e300: scaled by 2^-+600 first (the other factor is below 1500/1e300). */
function prodLoBig(beta: number, x: number, y: number): number {
  return Math.abs(beta) >= BIG ? mulErr(beta * 2.409919865102884e-181, x * 4.149515568880993e180, y) : mulErr(beta * 4.149515568880993e180, x * 2.409919865102884e-181, y);
}

export function swishAll(x: number, p: Params, out: Triple): void {
  const need = MODE[0];
  const beta = p.beta ?? 1;
  const y = beta * x;
  if (!(y > -708 && y < 708)) {
    swishTail(x, beta, y, out, need);
    return;
  }
  const yl = prodLo(beta, x, y);
  const neg = y < 0;
  const ah = neg ? y : -y;
  const al = neg ? yl : -yl;
  expParts(ah, al);
  const sc = pow2(EXP[2]);
  const e = EXP[0] * sc;
  const el = EXP[1] * sc;
  const s = 1 + e;
  if (need & F) out.f = neg ? (x * e) / s : y > 40 ? x : x / s;
  if (need & DF) {
    let g: number;
    if (near(SWISH_D1, ah)) g = seriesAt(SWISH_D1, ah, al);
    else {
      const u = 1 + ah;
      const nh = u + e;
      // plain where f' = 1 - g1 damps g1's error by g1/(1 - g1) < 0.1
      if (y >= 0.5) g = (e * nh) / (s * s);
      else {
        // e N / s^2 with N = nh + nl, 1 + e = s + sl, rounded once
        const bb = nh - u;
        const nl = u - (nh - bb) + (e - bb) + al + el;
        const sl = 1 - s + e + el;
        const n = e * nh;
        let t = SPLITTER * e;
        const eH = t - (t - e);
        const eT = e - eH;
        t = SPLITTER * nh;
        const hH = t - (t - nh);
        const hT = nh - hH;
        const ne = eH * hH - n + eH * hT + eT * hH + eT * hT + e * nl + el * nh;
        const d = s * s;
        const q = n / d;
        g = q + (ne - q * (sqrErr(s, d) + 2 * s * sl)) * (1 / d);
      }
    }
    out.df = neg ? g : 1 - g;
  }
  if (need & D2F) {
    out.d2f = beta * (near(SWISH_D2, ah) ? seriesAt(SWISH_D2, ah, al) : (e * (2 + ah + al + e * (2 - ah))) / (s * s * s));
  }
}

/** |beta x| >= 708 or NaN: exp(-|y|) underflows; e^a times x, 1 + a, beta (2 + a) formed at scaled exponents. */
function swishTail(x: number, beta: number, y: number, out: Triple, need: number): void {
  if (y !== y) {
    // beta = 0 with x infinite (x/2, 1/2, 0), or x NaN
    const nan = x !== x;
    out.f = nan ? NaN : 0.5 * x;
    out.df = nan ? NaN : 0.5;
    out.d2f = nan ? NaN : 0;
    return;
  }
  const pos = y > 0;
  const ah = pos ? -y : y;
  const live = ah > -1500; // beyond, every left value is below 2^-1075 even times a huge x or beta
  const al = live ? (pos ? -prodLo(beta, x, y) : prodLo(beta, x, y)) : 0;
  if (need & F) out.f = pos ? x : live ? scaledProd(x, 1, ah, al) : x > 0 ? 0 : -0;
  if (need & DF) out.df = pos ? 1 : live ? scaledProd(1 + ah, 1, ah, al) : -0;
  if (need & D2F) out.d2f = live ? scaledProd(beta, 2 + ah, ah, al) : beta > 0 ? -0 : 0;
}

/** swishAll's f on its main region, written out (f alone is two roundings after the exp; no call into the kernel). */
export function swishF(x: number, p?: Params): number {
  const beta = p?.beta ?? 1;
  const y = beta * x;
  if (y > -708 && y < 708) {
    if (y > 40) return x;
    const yl = prodLo(beta, x, y);
    const neg = y < 0;
    expParts(neg ? y : -y, neg ? yl : -yl);
    const e = EXP[0] * pow2(EXP[2]);
    const s = 1 + e;
    return neg ? (x * e) / s : x / s;
  }
  swishTail(x, beta, y, SCR, F);
  return SCR.f;
}

export function swishDF(x: number, p?: Params): number {
  MODE[0] = DF;
  swishAll(x, p ?? NONE, SCR);
  MODE[0] = ALL;
  return SCR.df;
}

export function swishD2F(x: number, p?: Params): number {
  MODE[0] = D2F;
  swishAll(x, p ?? NONE, SCR);
  MODE[0] = ALL;
  return SCR.d2f;
}

// ------------------------------------------------------------------------------------------------------- mish
// mish(x) = x tanh(softplus(x)). For x <= 0 with e = exp(x), n = e (e + 2), P = n + 2 (double-doubles):
//   f = x n/P, f' = e N1/P^2 with N1 = (4 + 4x) + e ((6 + 4x) + e (4 + e)),
//   f'' = 4e ((4 + 2x) + e ((8 + 2x) + e ((6 - 3x) + e (2 - 2x))))/P^3
// (the constant terms are exact near the roots, so the nested forms cancel only where the value vanishes).
// For x > 0 with u = exp(-x), D = 1 + 2u (1 + u), w = 2u^2/D (<= 0.4):
//   f = x - x w, f' = 1 + w (2x (1 + u)/D - 1), f'' = 4u^2 ((2 - 2x) + u ((6 - 3x) + u ((8 + 2x) + u (4 + 2x))))/D^3.

export function mishAll(x: number, _p: Params, out: Triple): void {
  const need = MODE[0];
  if (x <= 0 && x > -708) {
    expParts(x, 0);
    const sc = pow2(EXP[2]);
    const e = EXP[0] * sc;
    const el = EXP[1] * sc;
    const t = e + 2; // e <= 1: Fast2Sum
    const nh = e * t;
    const nl = mulErr(e, t, nh) + e * (2 - t + e + el) + el * t;
    const ph = nh + 2;
    const bb = ph - nh;
    const pl = nh - (ph - bb) + (2 - bb) + nl;
    if (need & F) {
      const q = nh / ph;
      out.f = x * (q + (nl - q * pl) * (1 / ph));
    }
    if (need & DF) {
      if (near(MISH_D1, x)) out.df = seriesAt(MISH_D1, x, 0);
      else {
        const n1 = 4 + 4 * x + e * (6 + 4 * x + e * (4 + e));
        const n = e * n1;
        const d = ph * ph;
        const q = n / d;
        out.df = q + (mulErr(e, n1, n) + el * n1 - q * (sqrErr(ph, d) + 2 * ph * pl)) * (1 / d);
      }
    }
    if (need & D2F) {
      out.d2f = near(MISH_D2N, x)
        ? seriesAt(MISH_D2N, x, 0)
        : (4 * e * (4 + 2 * x + e * (8 + 2 * x + e * (6 - 3 * x + e * (2 - 2 * x))))) / (ph * ph * ph);
    }
  } else if (x > 0 && x < 354) {
    // u^2 normal
    expParts(-x, 0);
    const u = EXP[0] * pow2(EXP[2]);
    const dd = 1 + 2 * u * (1 + u);
    if (need & F) out.f = x > 40 ? x : x - (x * (2 * u * u)) / dd;
    if (need & DF) out.df = x > 40 ? 1 : 1 + ((2 * u * u) / dd) * ((2 * x * (1 + u)) / dd - 1);
    if (need & D2F) {
      out.d2f = near(MISH_D2P, x)
        ? seriesAt(MISH_D2P, x, 0)
        : (4 * u * u * (2 - 2 * x + u * (6 - 3 * x + u * (8 + 2 * x + u * (4 + 2 * x))))) / (dd * dd * dd);
    }
  } else mishFar(x, out);
}

/** Beyond the two kernels: x >= 354 (u^2 subnormal), x <= -708 (e^x subnormal), NaN. */
function mishFar(x: number, out: Triple): void {
  if (x >= 354) {
    // f = x, f' = 1; f'' = 8 (1 - x) e^-2x formed at a scaled exponent
    out.f = x;
    out.df = 1;
    out.d2f = x < 800 ? scaledProd(8 - 8 * x, 1, -2 * x, 0) : -0;
  } else if (x <= -708) {
    // x e^x, (1 + x) e^x, (2 + x) e^x
    const live = x > -1500;
    out.f = live ? scaledProd(x, 1, x, 0) : -0;
    out.df = live ? scaledProd(1 + x, 1, x, 0) : -0;
    out.d2f = live ? scaledProd(2 + x, 1, x, 0) : -0;
  } else out.f = out.df = out.d2f = NaN;
}

export function mishF(x: number): number {
  MODE[0] = F;
  mishAll(x, NONE, SCR);
  MODE[0] = ALL;
  return SCR.f;
}

export function mishDF(x: number): number {
  MODE[0] = DF;
  mishAll(x, NONE, SCR);
  MODE[0] = ALL;
  return SCR.df;
}

export function mishD2F(x: number): number {
  MODE[0] = D2F;
  mishAll(x, NONE, SCR);
  MODE[0] = ALL;
  return SCR.d2f;
}
