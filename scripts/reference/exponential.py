#!/usr/bin/env python3
"""Extra reference values for the exponential-linear family: ELU, CELU, SELU and exponential.

Correctly rounded float64 f, f', f'' at non-default parameters (CELU alpha = 0.7 etc., negative alpha
too, which PyTorch accepts) and at points chosen for where the implementation changes method:
x / alpha near +-708, +-709, -745, +-797, +-800, -40 and +-2^-56, dense random x / alpha in [-800, 0],
log-uniform magnitudes 1e-300..1e3 of both signs, subnormal and huge inputs, +-0, +-inf, NaN.

Same format as test/fixtures/activations-f64.jsonl.br (see test/fixtures/REFERENCE.md). Values come from
mpmath at 60 digits, recomputed at 90; where the two roundings differ or the value lies close to a
midpoint between doubles, the precision is raised until it is unambiguous. Exact float64 parameters.

Run from the repository root: python3 scripts/reference/exponential.py
Writes test/fixtures/extra/exponential.jsonl.br (brotli via node, which the project already needs).
"""
import math
import os
import random

import mpmath
from mpmath import mp, mpf

from mpref import dedupe, make_set, neighbours, write_sets

OUT = os.path.join('test', 'fixtures', 'extra', 'exponential.jsonl.br')
SELU_SCALE = 1.0507009873554804934193349852946
SELU_ALPHA = 1.6732632423543772848170429916717


# ------------------------------------------------------------------------------------ rounding


# ----------------------------------------------------------------------------------- functions

def elu(alpha):
    a = mpf(alpha)

    def fun(x):
        if x > 0:
            return x, mpf(1), mpf(0)
        e = mpmath.exp(x)
        return a * mpmath.expm1(x), a * e, (a * e if x < 0 else mpf(0))
    return fun


def celu(alpha):
    a = mpf(alpha)

    def fun(x):
        if x > 0:
            return x, mpf(1), mpf(0)
        q = x / a
        e = mpmath.exp(q)
        return a * mpmath.expm1(q), e, (e / a if x < 0 else mpf(0))
    return fun


def selu():
    s = mpf(SELU_SCALE)
    with mp.workprec(200):
        sa = mpf(SELU_SCALE) * mpf(SELU_ALPHA)  # the exact product of the float64 constants (106 bits)

    def fun(x):
        if x > 0:
            return s * x, s, mpf(0)
        e = mpmath.exp(x)
        return sa * mpmath.expm1(x), sa * e, (sa * e if x < 0 else mpf(0))
    return fun


def exponential():
    def fun(x):
        e = mpmath.exp(x)
        return e, e, e
    return fun


# -------------------------------------------------------------------------------------- points


def base_points(rng):
    xs = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 1e-310, -1e-310, 2.2250738585072014e-308,
          -2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308, 1e300, -1e300, 1e20, -1e20]
    for _ in range(500):  # log-uniform magnitudes, both signs
        m = 10 ** rng.uniform(-300, 3)
        xs += [m, -m]
    for _ in range(100):  # the small-|x| range where expm1 matters
        m = 10 ** rng.uniform(-20, 0)
        xs += [m, -m]
    for _ in range(80):
        xs.append(rng.uniform(-50, 5))
    # exp's own thresholds: overflow, subnormal results, underflow to 0, and the shifts in mulExp.
    for c in (709.782712893384, -708.3964185322641, -708.0, -709.0, 709.0, -745.1332191019411, -744.4400719213812,
              -797.0, -800.0, -40.0, -37.0, -20.0, -1.0, -0.5, 1.0, 36.0):
        xs += neighbours(c)
    for _ in range(40):
        xs.append(rng.uniform(-800, -690))
    return xs


def alpha_points(rng, alpha):
    """Points where x / alpha is at CELU's switches, and dense x / alpha in [-800, 0]."""
    xs = []
    for q in (-2.0 ** -56, 2.0 ** -56, -40.0, -1.0, -708.0, -709.0, 708.0, 709.0, -745.13, -797.0, 797.0, -800.0, 800.0,
              -700.0, 700.0, 710.0, 712.0):
        x = alpha * q
        if x <= 0:
            xs += neighbours(x, 1)
    lo, hi = sorted((alpha * -800.0, 0.0)) if alpha > 0 else (alpha * 800.0, 0.0)
    for _ in range(250):
        xs.append(rng.uniform(lo, hi))
    for _ in range(40):  # |x / alpha| in 500..800 (the residual matters most there)
        xs.append(-abs(alpha) * rng.uniform(500, 800))
    return xs


# --------------------------------------------------------------------------------------- output


def main():
    rng = random.Random(20240611)
    base = base_points(rng)
    sets = []
    for alpha in (0.7, 1.702, 3.0, 0.1, 10.0, -0.5, 0.0):
        xs = dedupe(base + alpha_points(random.Random(f'elu {alpha}'), alpha if alpha else 1.0))
        sets.append(make_set('elu', {'alpha': alpha}, elu(alpha), xs, True, False))
    for alpha in (0.7, 0.1, 3.0, 10.0, 1.702, 0.3, -0.5, -2.0):
        xs = dedupe(base + alpha_points(random.Random(f'celu {alpha}'), alpha))
        sets.append(make_set('celu', {'alpha': alpha}, celu(alpha), xs, False, True))
    sets.append(make_set('selu', {}, selu(), dedupe(base), True, False))
    sets.append(make_set('exponential', {}, exponential(), dedupe(base), False, False))
    write_sets(OUT, sets)


if __name__ == '__main__':
    main()
