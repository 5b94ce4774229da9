#!/usr/bin/env python3
"""Extra reference values for the sigmoid-like activations: sigmoid, tanh, logsigmoid, softsign, tanhshrink,
lisht, logcosh (none has parameters).

Correctly rounded float64 f, f', f'' at points chosen for where src/core/activations/sigmoid.ts and
src/core/numerics/sigmoid-kernels.ts change method or where a naive formula breaks: dense in [-5, 5] and
[-40, 40]; |x| at and around 2^-28, 2^-27, 2^-60, 2^-300, 0.1 (tanhshrink series), 0.5493 (tanh switches
form), 1 (logcosh), 4 (double-double tanh), 19, 20, 22, 37, 354 (sech^2 tail), 709.78, 745.13, 2^60, 2^300,
1e154; the roots of lisht'' at +-1.19968 (with ulp neighbours and a dense cloud); log-uniform magnitudes
1e-323..1e308 of both signs, subnormals, +-0, +-inf, NaN.

Same format as test/fixtures/activations-f64.jsonl.br (see test/fixtures/REFERENCE.md). Values come from
mpmath at 60 digits (plus what cancellation near 0 needs), recomputed 30 digits higher; where the two
roundings differ or a value lies close to a midpoint between doubles, the precision is raised until it is
unambiguous. +-inf is evaluated as +-2^1100, as in the shared reference.

Run from the repository root: python3 scripts/reference/sigmoid.py
Writes test/fixtures/extra/sigmoid.jsonl.br (brotli via node, which the project already needs).
"""
import json
import math
import os
import random
import subprocess
import sys
from fractions import Fraction

import mpmath
from mpmath import mp, mpf

OUT = os.path.join('test', 'fixtures', 'extra', 'sigmoid.jsonl.br')
BIG = mpf(2) ** 1100
LISHT_ROOT = 1.1996786402577338


# ------------------------------------------------------------------------------------ rounding

def to_double(v):
    """Correctly rounded float64 of an mpf, subnormals and overflow included (int / int is correctly rounded)."""
    if mpmath.isnan(v):
        return math.nan
    if mpmath.isinf(v):
        return math.inf if v > 0 else -math.inf
    if v == 0:
        return 0.0
    sign, man, exp, bc = v._mpf_
    s = -1.0 if sign else 1.0
    if exp + bc > 1030:
        return s * math.inf
    if exp + bc < -1080:
        return s * 0.0
    try:
        d = Fraction(man << exp) if exp >= 0 else Fraction(man, 1 << -exp)
        return s * float(d)
    except OverflowError:
        return s * math.inf


def near_tie(v, d, digits):
    """True if v is within 10^-digits (relative) of the midpoint between d and its neighbour toward v."""
    if not math.isfinite(d) or v == 0 or v == d:
        return False
    n = math.nextafter(d, math.inf if v > d else -math.inf)
    if not math.isfinite(n):
        return False
    m = (mpf(d) + mpf(n)) / 2
    return abs(v - m) <= abs(m) * mpf(10) ** (-digits)


def correctly_rounded(fun, x):
    """fun(x) -> tuple of mpf; the tuple of correctly rounded doubles, raising the precision until stable."""
    dps = 60
    while True:
        with mp.workdps(dps):
            a = fun(x)
        with mp.workdps(dps + 30):
            b = fun(x)
        da = [to_double(v) for v in a]
        db = [to_double(v) for v in b]
        same = all((p == q and math.copysign(1, p) == math.copysign(1, q)) or (p != p and q != q) for p, q in zip(da, db))
        close = any(near_tie(v, d, dps - 10) and (v != u or dps < 1000) for u, v, d in zip(a, b, db))
        if same and not close:
            return db
        dps *= 2
        if dps > 5000:
            raise RuntimeError(f'no stable rounding at x={x!r}')


def arg(x):
    if x == math.inf:
        return BIG
    if x == -math.inf:
        return -BIG
    return mpf(x)


def small_digits(x):
    """Digits that x - tanh x and log cosh x lose to cancellation at a small |x| (about 2 log10(1/|x|))."""
    if x == 0 or abs(x) >= 1:
        return 0
    return int(-2 * mpmath.log10(abs(x))) + 10


# ----------------------------------------------------------------------------------- functions
# Each is written in a form that is well conditioned in multiple precision as well (no 1 - tanh^2 in the
# tails, no log cosh far out), with extra digits where a difference cancels near 0.

def sig(x):
    return 1 / (1 + mpmath.exp(-x))


def sigd(x):
    e = mpmath.exp(-abs(x))
    return e / (1 + e) ** 2


def sigmoid(x):
    d = sigd(x)
    return sig(x), d, -d * mpmath.tanh(x / 2)


def tanh(x):
    t = mpmath.tanh(x)
    s2 = mpmath.sech(x) ** 2
    return t, s2, -2 * t * s2


def logsigmoid(x):
    return -mpmath.log1p(mpmath.exp(-x)), sig(-x), -sigd(x)


def softsign(x):
    d = 1 + abs(x)
    return x / d, 1 / d ** 2, (mpf(0) if x == 0 else -2 * mpmath.sign(x) / d ** 3)


def tanhshrink(x):
    with mp.workdps(mp.dps + small_digits(x)):
        t = mpmath.tanh(x)
        s2 = mpmath.sech(x) ** 2
        return +(x - t), +(t * t), +(2 * t * s2)


def lisht(x):
    with mp.workdps(mp.dps + 20):
        t = mpmath.tanh(x)
        s2 = mpmath.sech(x) ** 2
        return +(x * t), +(t + x * s2), +(2 * s2 * (1 - x * t))


def logcosh(x):
    with mp.workdps(mp.dps + small_digits(x)):
        a = abs(x)
        f = mpmath.log(mpmath.cosh(x)) if a <= 1 else a - mpmath.log(2) + mpmath.log1p(mpmath.exp(-2 * a))
        return +f, +mpmath.tanh(x), +(mpmath.sech(x) ** 2)


# -------------------------------------------------------------------------------------- points

def neighbours(v, k=2):
    out = [v]
    up = down = v
    for _ in range(k):
        up = math.nextafter(up, math.inf)
        down = math.nextafter(down, -math.inf)
        out += [up, down]
    return out


def points(rng):
    xs = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 1e-310, -1e-310, 2.2250738585072014e-308,
          -2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308, 1e300, -1e300]
    for c in (2.0 ** -28, 2.0 ** -27, 2.0 ** -60, 2.0 ** -300, 0.1, 0.5493061443340548, 1.0, 4.0, 19.0, 20.0, 22.0,
              37.0, 354.0, 709.78, 745.13, 2.0 ** 60, 2.0 ** 300, 1e154, 0.010830424696249145, LISHT_ROOT):
        for v in neighbours(c, 2):
            xs += [v, -v]
    for _ in range(300):  # log-uniform magnitudes, both signs
        m = 10 ** rng.uniform(-323, 308.2)
        xs += [m, -m]
    for _ in range(400):
        xs.append(rng.uniform(-5, 5))
    for _ in range(150):
        xs.append(rng.uniform(-40, 40))
    for _ in range(60):
        xs.append(rng.uniform(-800, 800))
    for _ in range(40):
        xs.append(rng.choice([-1, 1]) * rng.uniform(345, 360))
    for w in (1e-3, 1e-8, 1e-13):
        for _ in range(30):
            xs.append(rng.choice([-1, 1]) * (LISHT_ROOT + rng.uniform(-w, w)))
    return xs


def dedupe(xs):
    seen = set()
    out = []
    for x in xs:
        key = 'nan' if x != x else (x, math.copysign(1, x))
        if key not in seen:
            seen.add(key)
            out.append(x)
    return out


# --------------------------------------------------------------------------------------- output

def enc(v):
    if v != v:
        return 'nan'
    if v == math.inf:
        return 'inf'
    if v == -math.inf:
        return '-inf'
    return v


def make_set(name, fun, xs, kink2_at_zero):
    fs, dfs, d2fs = [], [], []
    for x in xs:
        if x != x:
            fs.append(math.nan), dfs.append(math.nan), d2fs.append(math.nan)
            continue
        f, df, d2f = correctly_rounded(fun, arg(x))
        fs.append(f), dfs.append(df), d2fs.append(d2f)
    zeros = [i for i, x in enumerate(xs) if x == 0]
    return {
        'fn': name,
        'params': {},
        'default': True,
        'x': [enc(v) for v in xs],
        'f': [enc(v) for v in fs],
        'df': [enc(v) for v in dfs],
        'd2f': [enc(v) for v in d2fs],
        'kink': [],
        'kink2': zeros if kink2_at_zero else [],
    }


def main():
    xs = dedupe(points(random.Random(20240613)))
    sets = [make_set(name, fun, xs, name == 'softsign') for name, fun in (
        ('sigmoid', sigmoid), ('tanh', tanh), ('logsigmoid', logsigmoid), ('softsign', softsign),
        ('tanhshrink', tanhshrink), ('lisht', lisht), ('logcosh', logcosh))]
    text = ''.join(json.dumps(s, separators=(',', ':')) + '\n' for s in sets)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    node = "const z=require('zlib');let b=[];process.stdin.on('data',d=>b.push(d)).on('end',()=>process.stdout.write(" \
           "z.brotliCompressSync(Buffer.concat(b),{params:{[z.constants.BROTLI_PARAM_QUALITY]:11,[z.constants.BROTLI_PARAM_LGWIN]:24}})))"
    data = subprocess.run(['node', '-e', node], input=text.encode(), capture_output=True, check=True).stdout
    with open(OUT, 'wb') as fh:
        fh.write(data)
    print(f'{OUT}: {len(sets)} sets, {sum(len(s["x"]) for s in sets)} points, {len(data)} bytes', file=sys.stderr)


if __name__ == '__main__':
    main()
