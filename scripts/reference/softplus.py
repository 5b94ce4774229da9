#!/usr/bin/env python3
"""Extra reference values for the softplus family: softplus(beta, threshold) and squareplus(b).

Correctly rounded float64 f, f', f'' at non-default parameters (softplus beta = 3, 0.5, 0.1, 10, 1.702 with
threshold Infinity and a few finite thresholds; squareplus b from 0 to 1e305) and at points chosen for where
the implementation changes method: beta * x near +-40, -708, -709, +-745, +-797, +-800 and dense in
[-800, 40]; x at and around threshold / beta; |x| near sqrt(b), 2^500, 1e154 (x^2 overflows) and the
largest doubles; log-uniform magnitudes 1e-300..1e308 of both signs, subnormals, +-0, +-inf, NaN.

Softplus with a finite threshold follows PyTorch: f = x, f' = 1, f'' = 0 where float64 beta * x > threshold.
Squareplus b = 0 is ReLU, with f'(0) = 0 and a kink at 0.

Same format as test/fixtures/activations-f64.jsonl.br (see test/fixtures/REFERENCE.md). Values come from
mpmath at 60 digits, recomputed at 90; where the two roundings differ or the value lies close to a
midpoint between doubles, the precision is raised until it is unambiguous. Exact float64 parameters.

Run from the repository root: python3 scripts/reference/softplus.py
Writes test/fixtures/extra/softplus.jsonl.br (brotli via node, which the project already needs).
"""
import math
import os
import random

import mpmath
from mpmath import mpf

from mpref import dedupe, make_set, neighbours, to_double, write_sets

OUT = os.path.join('test', 'fixtures', 'extra', 'softplus.jsonl.br')


# ------------------------------------------------------------------------------------ rounding


# ----------------------------------------------------------------------------------- functions

def softplus(beta, threshold):
    b = mpf(beta)

    def fun(x):
        if beta * to_double(x) > threshold:  # PyTorch: the float64 product decides
            return x, mpf(1), mpf(0)
        z = b * x  # exact: 106 bits
        e = mpmath.exp(-abs(z))
        f = (z if z > 0 else 0) + mpmath.log1p(e)
        s = 1 / (1 + e)
        return f / b, (s if z >= 0 else e * s), b * e * s * s
    return fun


def squareplus(bb):
    b = mpf(bb)

    def fun(x):
        if b == 0:
            return (x, mpf(1), mpf(0)) if x > 0 else (mpf(0), mpf(0), mpf(0))
        s = mpmath.sqrt(x * x + b)
        d2f = b / (2 * s ** 3)
        if x >= 0:
            return (x + s) / 2, (1 + x / s) / 2, d2f
        return b / (2 * (s - x)), b / (2 * s * (s - x)), d2f
    return fun


# -------------------------------------------------------------------------------------- points


def base_points(rng):
    xs = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 1e-310, -1e-310, 2.2250738585072014e-308,
          -2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308, 8.98846567431158e307,
          -8.98846567431158e307, 1e300, -1e300, 1e20, -1e20]
    for _ in range(400):  # log-uniform magnitudes, both signs
        m = 10 ** rng.uniform(-300, 3)
        xs += [m, -m]
    for _ in range(60):
        m = 10 ** rng.uniform(3, 308.25)
        xs += [m, -m]
    for _ in range(150):
        xs.append(rng.uniform(-30, 30))
    return xs


def softplus_points(rng, beta, threshold):
    xs = []
    for z in (0.0, 1e-10, -1e-10, 40.0, -40.0, 37.0, -37.0, 20.0, -20.0, -708.0, -709.0, 708.0, 709.0, 745.0, -745.0,
              -745.13, 797.0, -797.0, 800.0, -800.0, 1000.0, -1000.0):
        xs += neighbours(z / beta, 1)
    for _ in range(200):
        xs.append(rng.uniform(-800, 40) / beta)
    for _ in range(60):
        xs.append(rng.uniform(-45, 45) / beta)
    if math.isfinite(threshold):
        xs += neighbours(threshold / beta, 3)
        for _ in range(20):
            xs.append((threshold + rng.uniform(-2, 2)) / beta)
    return xs


def squareplus_points(rng, b):
    xs = []
    r = math.sqrt(b)
    for c in (r, r / 2, 2 * r, 1e154, 1.3407807929942596e154, 2.0 ** 500, 2.0 ** 501, 1e150, 1e200, 2.0 ** 511):
        if c > 0:
            xs += neighbours(c, 1) + neighbours(-c, 1)
    for _ in range(100):
        m = r * 10 ** rng.uniform(-3, 3) if r > 0 else 10 ** rng.uniform(-3, 3)
        xs += [m, -m]
    return xs


# --------------------------------------------------------------------------------------- output


def main():
    rng = random.Random(20240612)
    base = base_points(rng)
    sets = []
    for beta, threshold in ((1.0, math.inf), (3.0, math.inf), (0.5, math.inf), (0.1, math.inf), (10.0, math.inf),
                            (1.702, math.inf), (3.0, 20.0), (0.5, 5.0), (1.0, 0.0), (2.0, -3.0), (0.7, 1.5)):
        xs = dedupe(base + softplus_points(random.Random(f'softplus {beta} {threshold}'), beta, threshold))
        sets.append(make_set('softplus', {'beta': beta, 'threshold': threshold}, softplus(beta, threshold), xs, False, False))
    for b in (4.0, 1.0, 0.5, 0.1, 10.0, 100.0, 1e-6, 3.7, 1e305, 0.0):
        xs = dedupe(base + squareplus_points(random.Random(f'squareplus {b}'), b))
        if b > 1e300:  # the +-2^1100 stand-in for +-inf is not yet at the limit 0 when b is this large
            xs = [x for x in xs if not math.isinf(x)]
        sets.append(make_set('squareplus', {'b': b}, squareplus(b), xs, b == 0, False))
    write_sets(OUT, sets)


if __name__ == '__main__':
    main()
