"""Shared machinery of the extra-reference generators (exponential.py, sigmoid.py, softplus.py):
correct rounding of mpmath values to float64 with precision raised until the rounding is unambiguous,
the input conventions of the shared reference (+-inf evaluated as +-2^1100), and the output format of
test/fixtures/activations-f64.jsonl.br (see test/fixtures/REFERENCE.md), brotli-compressed through node.
"""
import json
import math
import os
import subprocess
import sys
from fractions import Fraction

import mpmath
from mpmath import mp, mpf

BIG = mpf(2) ** 1100  # +-inf is evaluated as +-2^1100 (as in the shared reference)

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
    """fun(x) -> tuple of mpf at the current precision; returns the tuple of correctly rounded doubles.
    Raises the precision while two precisions disagree or a value is too close to a midpoint to tell.
    A value identical at two precisions may still hide a term below both (expm1(x) = x + x^2/2 at x ~ 1e-308
    is exactly x at 60 digits), so a tie is only trusted as exact beyond 1000 digits."""
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
    """The mpf for a float input: +-inf as +-2^1100."""
    if x == math.inf:
        return BIG
    if x == -math.inf:
        return -BIG
    return mpf(x)

def neighbours(v, k=2):
    """v and its k float64 neighbours on each side."""
    out = [v]
    up = down = v
    for _ in range(k):
        up = math.nextafter(up, math.inf)
        down = math.nextafter(down, -math.inf)
        out += [up, down]
    return out

def dedupe(xs):
    seen = set()
    out = []
    for x in xs:
        key = 'nan' if x != x else (x, math.copysign(1, x))
        if key not in seen:
            seen.add(key)
            out.append(x)
    return out

def enc(v):
    if v != v:
        return 'nan'
    if v == math.inf:
        return 'inf'
    if v == -math.inf:
        return '-inf'
    return v

def make_set(name, params, fun, xs, kink_at_zero, kink2_at_zero, default=False):
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
        'params': {k: enc(v) for k, v in params.items()},
        'default': default,
        'x': [enc(v) for v in xs],
        'f': [enc(v) for v in fs],
        'df': [enc(v) for v in dfs],
        'd2f': [enc(v) for v in d2fs],
        'kink': zeros if kink_at_zero else [],
        'kink2': zeros if kink2_at_zero else [],
    }


def write_sets(out, sets):
    """Writes the sets as brotli-compressed JSONL (the shared reference's format) and reports the size."""
    text = ''.join(json.dumps(s, separators=(',', ':')) + '\n' for s in sets)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    node = "const z=require('zlib');let b=[];process.stdin.on('data',d=>b.push(d)).on('end',()=>process.stdout.write(" \
           "z.brotliCompressSync(Buffer.concat(b),{params:{[z.constants.BROTLI_PARAM_QUALITY]:11,[z.constants.BROTLI_PARAM_LGWIN]:24}})))"
    data = subprocess.run(['node', '-e', node], input=text.encode(), capture_output=True, check=True).stdout
    with open(out, 'wb') as fh:
        fh.write(data)
    print(f'{out}: {len(sets)} sets, {sum(len(s["x"]) for s in sets)} points, {len(data)} bytes', file=sys.stderr)
