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
import math
import os
import random

import mpmath
from mpmath import mp, mpf

from mpref import dedupe, make_set, neighbours, write_sets

OUT = os.path.join('test', 'fixtures', 'extra', 'sigmoid.jsonl.br')
LISHT_ROOT = 1.1996786402577338


# ------------------------------------------------------------------------------------ rounding


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


# --------------------------------------------------------------------------------------- output


def main():
    xs = dedupe(points(random.Random(20240613)))
    sets = [make_set(name, {}, fun, xs, False, name == 'softsign', default=True) for name, fun in (
        ('sigmoid', sigmoid), ('tanh', tanh), ('logsigmoid', logsigmoid), ('softsign', softsign),
        ('tanhshrink', tanhshrink), ('lisht', lisht), ('logcosh', logcosh))]
    write_sets(OUT, sets)


if __name__ == '__main__':
    main()
