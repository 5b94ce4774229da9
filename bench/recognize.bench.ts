// Hover latency of the activation recognizer on big documents. Standalone: prints figures and exits 0.
//   node esbuild.mjs --bench && node out/bench/recognize.bench.js

import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createResolver, findActivations, resolveActivationAt } from '../src/recognize/index';

/** Deterministic PRNG (mulberry32) so runs are comparable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADER = `"""Generated benchmark model file."""
import math
from functools import partial

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn import GELU
`;

/** One block of a realistic model file (~50 lines); `k` varies names and literals. */
function block(k: number): string {
  const slope = (0.01 * ((k % 9) + 1)).toFixed(2);
  return `

class Block${k}(nn.Module):
    """Residual block ${k}. Uses nn.ReLU(inplace=True) and F.gelu(x, approximate='tanh')."""

    def __init__(self, dim_${k}: int, hidden: int = ${64 + k}, drop: float = 0.1):
        super().__init__()
        self.fc1_${k} = nn.Linear(dim_${k}, hidden)
        self.fc2_${k} = nn.Linear(hidden, dim_${k})
        self.act_${k} = nn.LeakyReLU(negative_slope=${slope}, inplace=True)
        self.gelu_${k} = GELU(approximate="tanh")
        self.norm_${k} = nn.LayerNorm(dim_${k}, eps=1e-6)
        self.drop_${k} = nn.Dropout(drop)
        self.gate_${k} = nn.Sequential(nn.Linear(hidden, hidden), nn.Sigmoid())
        self.soft_${k} = nn.Softplus(beta=${(k % 4) + 1}, threshold=20)
        self.elu_${k} = nn.ELU(alpha=${(0.5 + (k % 3) * 0.25).toFixed(2)})
        self.relu_out_${k} = None  # not an activation
        self.head_${k} = nn.Sequential(
            nn.Linear(dim_${k}, hidden),
            nn.SiLU(),
            nn.Linear(hidden, dim_${k}),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # pre-norm residual, like a ViT MLP block
        h = self.norm_${k}(x)
        h = self.fc1_${k}(h)
        h = self.act_${k}(h) + F.leaky_relu(h, ${slope})
        h = F.gelu(h) * torch.sigmoid(h)
        h = F.elu(h, alpha=0.5) + F.hardswish(h) - h.relu()
        h = self.drop_${k}(h)
        h = self.fc2_${k}(h)
        scores = F.softmax(h @ h.transpose(-1, -2) / math.sqrt(${64 + k}), dim=-1)
        return x + h + scores.mean()


def make_block_${k}(dim: int) -> nn.Module:
    act = partial(nn.LeakyReLU, negative_slope=${slope})
    cfg = {"relu": nn.ReLU, "gelu": GELU, "name": "block_${k}"}
    return nn.Sequential(Block${k}(dim), act(), cfg["relu"]())
`;
}

function buildPython(lines: number): string {
  let text = HEADER;
  let k = 0;
  while (text.split('\n').length < lines) text += block(k++);
  return text;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const fmt = (ms: number): string => (ms < 0.1 ? ms.toFixed(3) : ms.toFixed(2));

/** Wall-clock and CPU milliseconds of one call (CPU time is what a loaded machine cannot inflate). */
function timed<T>(f: () => T): { wall: number; cpu: number; value: T } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000, value };
}

interface Sample {
  wall: number[];
  cpu: number[];
}
const stats = (s: Sample, p: number): string =>
  `${fmt(percentile([...s.wall].sort((a, b) => a - b), p))} ms wall, ${fmt(percentile([...s.cpu].sort((a, b) => a - b), p))} ms cpu`;

function run(): void {
  const random = rng(42);

  // ---- 20,000-line Python file, per-version import cache warm
  const py = buildPython(20000);
  const lineCount = py.split('\n').length;
  const all = findActivations(py, 'python');
  const offsets: number[] = [];
  for (let i = 0; i < 2000; i++) {
    if (i % 2 === 0) {
      const m = all[Math.floor(random() * all.length)]!;
      offsets.push(m.start + Math.floor(random() * (m.end - m.start)));
    } else offsets.push(Math.floor(random() * py.length));
  }

  const resolver = createResolver();
  const key = 'file:///bench.py@1';
  const cold = timed(() => resolver.resolveAt(py, offsets[0]!, 'python', key));

  // JIT warm-up, then the measured run
  for (let i = 0; i < 300; i++) resolver.resolveAt(py, offsets[i % offsets.length]!, 'python', key);
  const sample: Sample = { wall: [], cpu: [] };
  let hits = 0;
  for (const off of offsets) {
    const r = timed(() => resolver.resolveAt(py, off, 'python', key));
    sample.wall.push(r.wall);
    sample.cpu.push(r.cpu);
    if (r.value) hits++;
  }
  const load = loadavg()[0]!.toFixed(1);
  console.log(`recognize machine load average: ${load} (wall times include waiting for a CPU; cpu times do not)`);
  console.log(`recognize document: ${lineCount} lines, ${(py.length / 1024).toFixed(0)} KB, ${all.length} activations; ${hits}/${offsets.length} offsets on one`);
  console.log(`recognize cold first call 20k-line python (builds import table): ${fmt(cold.wall)} ms wall, ${fmt(cold.cpu)} ms cpu (target < 20 ms)`);
  console.log(`recognize p50 20k-line python: ${stats(sample, 50)} (target < 1 ms)`);
  console.log(`recognize p99 20k-line python: ${stats(sample, 99)} (target < 1 ms)`);
  console.log(`recognize max 20k-line python: ${stats(sample, 100)}`);

  // ---- findActivations over the whole file (not a hover path; for reference)
  const whole = timed(() => findActivations(py, 'python'));
  console.log(`recognize findActivations 20k-line python: ${fmt(whole.wall)} ms wall, ${fmt(whole.cpu)} ms cpu (whole document, not per hover)`);

  // ---- 1 MB single-line files: the scan must stay bounded
  const minified = buildOneLine(
    'import*as tf from"@tensorflow/tfjs";',
    (k) =>
      `const m${k}=tf.sequential();m${k}.add(tf.layers.dense({units:${k % 64},activation:"relu"}));` +
      `var y${k}=tf.leakyRelu(x${k},0.${(k % 9) + 1}),s${k}="a;b(c",r${k}=/x(y/g;`,
  );
  const pyLine = buildOneLine(
    'import torch.nn as nn; import torch.nn.functional as F; ',
    (k) => `x${k} = F.leaky_relu(x, ${((k % 9) + 1) / 100}); y${k} = nn.GELU(approximate='tanh')(x${k}); s${k} = "(["; `,
  );
  for (const [label, text, lang] of [
    ['1 MB minified js', minified, 'javascript'],
    ['1 MB one-line python', pyLine, 'python'],
  ] as const) {
    const res = createResolver();
    const k1 = `file:///${lang}@1`;
    const coldCall = timed(() => res.resolveAt(text, Math.floor(text.length / 2), lang, k1));
    const uncached = timed(() => resolveActivationAt(text, Math.floor(text.length / 3), lang));
    const picks: number[] = [];
    for (let i = 0; i < 600; i++) {
      // on names half the time
      let off = Math.floor(random() * text.length);
      if (i % 2 === 0) {
        const j = text.indexOf(lang === 'python' ? 'leaky_relu' : 'leakyRelu', off);
        if (j >= 0) off = j + 3;
      }
      picks.push(off);
    }
    for (let i = 0; i < 200; i++) res.resolveAt(text, picks[i]!, lang, k1);
    const w: Sample = { wall: [], cpu: [] };
    let found = 0;
    for (const off of picks.slice(200)) {
      const r = timed(() => res.resolveAt(text, off, lang, k1));
      w.wall.push(r.wall);
      w.cpu.push(r.cpu);
      if (r.value) found++;
    }
    console.log(`recognize cold ${label} (builds import table): ${fmt(coldCall.wall)} ms wall, ${fmt(coldCall.cpu)} ms cpu (target < 20 ms)`);
    console.log(`recognize uncached call ${label} (no cache key): ${fmt(uncached.wall)} ms wall, ${fmt(uncached.cpu)} ms cpu (target < 20 ms)`);
    console.log(`recognize p99 ${label}: ${stats(w, 99)} (target < 20 ms; ${found}/400 on an activation)`);
    console.log(`recognize max ${label}: ${stats(w, 100)}`);
  }
}

function buildOneLine(head: string, piece: (k: number) => string): string {
  const parts = [head];
  let size = head.length;
  for (let k = 0; size < 1024 * 1024; k++) {
    const p = piece(k);
    parts.push(p);
    size += p.length;
  }
  return parts.join('');
}

run();
process.exit(0);
