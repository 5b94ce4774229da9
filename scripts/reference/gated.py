#!/usr/bin/env python3
"""Reference values and root-series coefficients for the gated activations (gelu, gelu_tanh, silu, swish, mish).

  python3 scripts/reference/gated.py              -> test/fixtures/extra/gated.jsonl.br (correctly rounded float64
                                                     f, f', f'' at points and parameters the shared reference lacks)
  python3 scripts/reference/gated.py coeffs       -> src/core/numerics/gated-coeffs.ts (Taylor coefficients about
                                                     the roots of f' and f'', where the closed forms cancel)
  python3 scripts/reference/gated.py erf          -> prints the table of test/unit/erf.test.ts (x, erf, erfc)

Values: analytic f, f', f'' in mpmath at 60 digits, recomputed at 130 and escalated (300, 1000, 3000 digits) until
both round to the same double; rounding to double is done here (mpmath's float() double-rounds subnormals).
Conventions as test/fixtures/REFERENCE.md: 0.044715 is its float64 value, sqrt(2/pi) exact; x = +-inf is
evaluated as +-2^1100; NaN in gives NaN out.
"""
import json, math, os, random, subprocess, sys, tempfile
from mpmath import mp, mpf, sqrt, pi, exp, log, log1p, tanh, sech, erfc, findroot, taylor, isnan, isinf, frexp, nint, ldexp

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
KAPPA = 0.044715  # a float64 literal, as in every framework


def sig(y):
    return 1 / (1 + exp(-y)) if y >= 0 else exp(y) / (1 + exp(y))


def _erfc(z):
    if abs(z) < 10 ** 4:
        return erfc(z)
    # mpmath's erfc fails on huge arguments; two terms of the asymptotic series are far below a double there
    t = exp(-z * z) / (abs(z) * sqrt(pi)) * (1 - 1 / (2 * z * z))
    return t if z > 0 else 2 - t


def gelu(x):
    phi = exp(-x * x / 2) / sqrt(2 * pi)
    Phi = _erfc(-x / sqrt(2)) / 2
    return x * Phi, Phi + x * phi, phi * (2 - x * x)


def gelu_tanh(x):
    k = 2 * sqrt(2 / pi)
    c = mpf(KAPPA)
    v = k * (x + c * x ** 3)
    v1 = k * (1 + 3 * c * x * x)
    v2 = 6 * k * c * x
    s, sb = sig(v), sig(-v)
    return x * s, s + x * v1 * s * sb, s * sb * (2 * v1 + x * v2 + x * v1 * v1 * (sb - s))


def swish(x, beta=1.0):
    b = mpf(beta)
    y = b * x
    s, sb = sig(y), sig(-y)
    return x * s, s * (1 + y * sb), b * s * sb * (2 + y * (sb - s))


def mish(x):
    sp = log1p(exp(x)) if x < 0 else x + log1p(exp(-x))
    t = tanh(sp)
    s = sig(x)
    se2 = sech(sp) ** 2
    return x * t, t + x * se2 * s, se2 * s * (2 + x * (1 - s - 2 * t * s))


def swish_g(a, k):
    """g1(a) = swish'(a / beta) and g2(a) = swish''(a / beta) / beta: functions of a = beta x alone."""
    return swish(a)[k]


FUNCS = {'gelu': gelu, 'gelu_tanh': gelu_tanh, 'silu': swish, 'swish': swish, 'mish': mish}


# ---------------------------------------------------------------------------------------------------- rounding
def to_double(v):
    """Correctly rounded (nearest, ties to even) double of an mpf, subnormals included."""
    if isnan(v):
        return math.nan
    if isinf(v):
        return math.inf if v > 0 else -math.inf
    if v == 0:
        return 0.0
    m, e = frexp(v)  # v = m 2^e, 1/2 <= |m| < 1
    bits = 53 if e - 1 >= -1022 else 53 - (-1022 - (e - 1))
    if bits < 0:
        return math.copysign(0.0, v)
    n = int(nint(ldexp(v, bits - e)))  # mpmath nint: half to even
    if not n:
        return math.copysign(0.0, v)
    try:
        return math.ldexp(n, e - bits)
    except OverflowError:
        return math.copysign(math.inf, v)


def evaluate(fn, x, beta):
    """(f, f', f'') correctly rounded at x (a double, inf or nan)."""
    if math.isnan(x):
        return (math.nan,) * 3
    res = None
    for dps in (60, 130, 300, 1000, 3000):
        mp.dps = dps
        X = mpf(x) if math.isfinite(x) else (mpf(2) ** 1100 if x > 0 else -mpf(2) ** 1100)
        vals = FUNCS[fn](X, beta) if fn in ('silu', 'swish') else FUNCS[fn](X)
        out = tuple(to_double(v) for v in vals)
        # underflowed results keep the sign of the true value
        out = tuple(o if o != 0 else math.copysign(0.0, v) for o, v in zip(out, vals))
        if res is not None and all(_same(a, b) for a, b in zip(out, res)):
            return out
        res = out
    return res


def _same(a, b):
    return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))


# ------------------------------------------------------------------------------------------- root series
# (name, function of the series variable, approximate root, radius): the kernels switch to the series when the
# variable is within `radius` of the root; closed forms cancel there (hundreds of ulp at the root).
ROOTS = [
    ('GELU_D1', lambda x: gelu(x)[1], '-0.7517915246935644574579', 0.1),
    ('GELU_TANH_D1', lambda x: gelu_tanh(x)[1], '-0.7524614220710162604853', 0.1),
    ('GELU_TANH_D2', lambda x: gelu_tanh(x)[2], '1.418504008790828360191', 0.1),
    ('SWISH_D1', lambda a: swish_g(a, 1), '-1.278464542761073795109', 0.1),
    ('SWISH_D2', lambda a: swish_g(a, 2), '-2.399357280515467667833', 0.15),
    ('MISH_D1', lambda x: mish(x)[1], '-1.192431214515495212138', 0.1),
    ('MISH_D2N', lambda x: mish(x)[2], '-2.256376396360793120006', 0.1),
    ('MISH_D2P', lambda x: mish(x)[2], '1.490571179485428459294', 0.2),
]


def root_series(F, r0, rho):
    mp.dps = 80
    r = findroot(F, mpf(r0))
    c = taylor(F, r, 40)
    # fewest terms with truncation below 2^-62 of |c1 d| at |d| = rho
    for n in range(2, 40):
        tail = sum(abs(c[i]) * mpf(rho) ** i for i in range(n + 1, 41))
        if tail < mpf(2) ** -62 * abs(c[1]) * rho:
            break
    rh = float(r)
    c1h = float(c[1])
    return rh, float(r - mpf(rh)), [c1h, float(c[1] - mpf(c1h))] + [float(c[i]) for i in range(2, n + 1)]


def write_coeffs():
    lines = [
        '// Generated by scripts/reference/gated.py coeffs: do not edit. Taylor series about the roots of f\' and f\'\'',
        '// of the gated activations, where the closed forms cancel: value(r + d) = d (c1 + c2 d + ...), c1 as hi, lo.',
        '// Used for |d| < RHO; the number of terms makes the truncation < 2^-62 of the leading term there.',
        '',
        '/** A root r = ROOT_HI + ROOT_LO, the radius of the series and its coefficients [c1 hi, c1 lo, c2, ...]. */',
        'export interface RootSeries {',
        '  readonly hi: number;',
        '  readonly lo: number;',
        '  readonly rho: number;',
        '  readonly c: Float64Array;',
        '}',
        '',
    ]
    for name, F, r0, rho in ROOTS:
        rh, rl, cs = root_series(F, r0, rho)
        body = ',\n    '.join(', '.join(repr(v) for v in cs[i:i + 4]) for i in range(0, len(cs), 4))
        lines.append(f'export const {name}: RootSeries = {{\n  hi: {rh!r},\n  lo: {rl!r},\n  rho: {rho!r},\n'
                     f'  c: new Float64Array([\n    {body},\n  ]),\n}};\n')
    out = os.path.join(ROOT, 'src', 'core', 'numerics', 'gated-coeffs.ts')
    with open(out, 'w') as fh:
        fh.write('\n'.join(lines))
    print('wrote', out)


def erf_table():
    """Correctly rounded erf and erfc at points covering every FreeBSD interval and its ends, both signs."""
    from mpmath import erf as mp_erf
    rng = random.Random(7)
    pts = [0.0, 5e-324, 1e-310, 2.2250738585072014e-308, 1e-300, 1e-20, 1.3877787807814457e-17, 3.725290298461914e-09,
           1e-8, 0.25, 0.84375, 1.0, 1.25, 2.8571434020996094, 6.0, 26.5, 27.0, 27.2, 27.25, 28.0, 30.0, 1e10]
    pts = [v for c in pts for v in (c, math.nextafter(c, 0.0), math.nextafter(c, math.inf)) if v >= 0]
    for lo, hi, n in ((0, 0.25, 20), (0.25, 0.84375, 40), (0.84375, 1.25, 50), (1.25, 2.8571434020996094, 40),
                      (2.8571434020996094, 6, 30), (6, 26, 20), (26, 27.3, 20)):
        pts += [rng.uniform(lo, hi) for _ in range(n)]
    pts += [10 ** rng.uniform(-300, -1) for _ in range(20)]
    pts = sorted(set(pts))
    pts = pts + [-v for v in pts if v > 0 and v < 6.5] + [-1e10]
    rows = []
    for x in pts:
        mp.dps = 50
        X = mpf(x)
        e, c = to_double(mp_erf(X)), to_double(erfc(X))
        mp.dps = 120
        e2, c2 = to_double(mp_erf(X)), to_double(erfc(X))
        assert (e, c) == (e2, c2), x
        rows.append(f'  [{x!r}, {e!r}, {c!r}],')
    print('\n'.join(rows))


if __name__ == '__main__' and len(sys.argv) > 1 and sys.argv[1] == 'coeffs':
    write_coeffs()
    sys.exit(0)
if __name__ == '__main__' and len(sys.argv) > 1 and sys.argv[1] == 'erf':
    erf_table()
    sys.exit(0)


# ------------------------------------------------------------------------------------------------- points
SPECIAL = [0.0, -0.0, 5e-324, -5e-324, 1e-320, -1e-320, 2.2250738585072014e-308, -2.2250738585072014e-308,
           1e-310, -1e-310, 1e-300, -1e-300, 1e-200, -1e-200, 1e-20, -1e-20, 1e-8, -1e-8, 0.5, -0.5, 1.0, -1.0,
           2.0, -2.0, 1e154, -1e154, 1.4e154, -1.4e154, 5.7e102, -5.7e102, 1e103, -1e103, 1e200, -1e200,
           1.7976931348623157e308, -1.7976931348623157e308, math.inf, -math.inf, math.nan]


def around(c, widths=(1e-15, 1e-12, 1e-9, 1e-6, 1e-3), ulps=2):
    """c, its neighbours within `ulps` ulp, and c +- c*w for each relative width."""
    out = [c]
    x = c
    for _ in range(ulps):
        x = math.nextafter(x, math.inf)
        out.append(x)
    x = c
    for _ in range(ulps):
        x = math.nextafter(x, -math.inf)
        out.append(x)
    for w in widths:
        out += [c + abs(c) * w, c - abs(c) * w]
    return out


def base_points(rng, n_log=220, n_lin=200, lin=10.0):
    pts = list(SPECIAL)
    for _ in range(n_log):
        pts.append(rng.choice((-1, 1)) * 10 ** rng.uniform(-300, 3))
    pts += [rng.uniform(-lin, lin) for _ in range(n_lin)]
    return pts


def root_points(rng, r, rho, n=70):
    """Dense on [r - 2 rho, r + 2 rho], at the series boundary r +- rho, and very close to r."""
    pts = [rng.uniform(r - 2 * rho, r + 2 * rho) for _ in range(n)]
    for e in (r - rho, r + rho):
        pts += around(e, widths=(1e-12, 1e-6), ulps=2)
    pts += around(r, widths=(1e-16, 1e-14, 1e-12, 1e-10, 1e-8, 1e-6, 1e-4, 1e-3, 1e-2), ulps=3)
    return pts


def set_points(fn, beta, rng):
    """Points for one set: x for gelu/gelu_tanh/mish, and x = y / beta (y where swish switches) for swish."""
    roots = {name: (float(mpf(r0)), rho) for name, _, r0, rho in ROOTS}
    pts = base_points(rng)
    if fn == 'gelu':
        s2 = math.sqrt(2)
        for c in (0.25 * s2, 0.84375 * s2, 1.25 * s2, 2.8571434020996094 * s2, 28 * s2, 37.0, 37.5, 38.0, 38.5,
                  38.7, 38.8, 39.0, s2, 30.0, 8.3, 5.0):
            pts += [v for p in around(c, widths=(1e-9, 1e-3)) for v in (p, -p)]
        pts += [rng.uniform(-39.5, -1.7) for _ in range(150)] + [rng.uniform(-2, 2) for _ in range(100)]
        pts += root_points(rng, *roots['GELU_D1'])
        pts += [rng.uniform(-39.2, -36.5) for _ in range(60)]
    elif fn == 'gelu_tanh':
        for c in (1.0, 2.0, 5.0, 10.0, 20.0, 21.0, 21.5, 21.8, 22.0, 22.3, 25.0, 29.9, 30.0):
            pts += [v for p in around(c, widths=(1e-9, 1e-3)) for v in (p, -p)]
        pts += [rng.uniform(-22.5, -1) for _ in range(150)] + [rng.uniform(-30, 30) for _ in range(60)]
        pts += root_points(rng, *roots['GELU_TANH_D1'])
        r, rho = roots['GELU_TANH_D2']
        pts += [v for p in root_points(rng, r, rho, 50) for v in (p, -p)]
        pts += [rng.uniform(-22.4, -20.5) for _ in range(60)]
    elif fn == 'mish':
        for c in (18.0, 20.0, 40.0, 354.0, 372.0, 380.0, 700.0, 708.0, 745.0, 750.0, 760.0, 800.0, 1500.0):
            pts += [v for p in around(c, widths=(1e-9, 1e-3)) for v in (p, -p)]
        pts += [rng.uniform(-760, -690) for _ in range(50)] + [rng.uniform(340, 380) for _ in range(40)]
        pts += [rng.uniform(-30, 30) for _ in range(80)]
        for name in ('MISH_D1', 'MISH_D2N', 'MISH_D2P'):
            pts += root_points(rng, *roots[name])
    else:  # silu / swish: every y-space place, mapped to x = y / beta
        ys = []
        for c in (1.0, 2.0, 5.0, 20.0, 36.0, 37.5, 40.0, 700.0, 708.0, 709.8, 740.0, 745.0, 745.2, 750.0, 800.0,
                  1500.0):
            ys += [v for p in around(c, widths=(1e-9, 1e-3)) for v in (p, -p)]
        ys += [rng.uniform(-760, -690) for _ in range(50)] + [rng.uniform(-40, 40) for _ in range(120)]
        r, rho = roots['SWISH_D1']
        ys += root_points(rng, r, rho)
        ys += [-y for y in root_points(rng, r, rho, 20)]
        r, rho = roots['SWISH_D2']
        ys += [v for p in root_points(rng, r, rho, 50) for v in (p, -p)]
        b = 1.0 if beta is None else float(beta)
        if b != 0:
            pts += [y / b for y in ys]
            pts += [y / b for y in (rng.uniform(-1500, -700) for _ in range(30))]
    # unique, sorted, nan last
    seen, out = set(), []
    for p in pts:
        key = 'nan' if math.isnan(p) else repr(p)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return sorted((p for p in out if not math.isnan(p)), key=lambda v: (v, math.copysign(1, v))) + [math.nan]


def jnum(v):
    if math.isnan(v):
        return 'nan'
    if math.isinf(v):
        return 'inf' if v > 0 else '-inf'
    return v


SETS = [('gelu', None), ('gelu_tanh', None), ('silu', None), ('mish', None)] + \
       [('swish', b) for b in (1.0, 0.1, 0.5, 0.7, 1.702, 3.0, 10.0, -1.0, -0.3, 0.0, 0.0025, 100.0)]


def _compute(args):
    fn, beta, seed = args
    rng = random.Random(seed)
    xs = set_points(fn, beta, rng)
    f, df, d2f = [], [], []
    for x in xs:
        a, b, c = evaluate(fn, x, 1.0 if beta is None else beta)
        f.append(jnum(a))
        df.append(jnum(b))
        d2f.append(jnum(c))
    params = {} if beta is None else {'beta': beta}
    return json.dumps({'fn': fn, 'params': params, 'x': [jnum(x) for x in xs], 'f': f, 'df': df, 'd2f': d2f,
                       'kink': [], 'kink2': []}, separators=(',', ':'))


def write_reference():
    from multiprocessing import Pool
    jobs = [(fn, beta, 1000 + i) for i, (fn, beta) in enumerate(SETS)]
    with Pool() as pool:
        lines = pool.map(_compute, jobs)
    out = os.path.join(ROOT, 'test', 'fixtures', 'extra', 'gated.jsonl.br')
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, 'gated.jsonl')
        with open(raw, 'w') as fh:
            fh.write('\n'.join(lines) + '\n')
        subprocess.run(['node', '-e', "const z=require('zlib'),fs=require('fs');"
                        "fs.writeFileSync(process.argv[2], z.brotliCompressSync(fs.readFileSync(process.argv[1])))",
                        raw, out], check=True)
    print('wrote', out, os.path.getsize(out), 'bytes,', sum(len(json.loads(l)['x']) for l in lines), 'points')


if __name__ == '__main__':
    write_reference()
