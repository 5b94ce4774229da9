// The recognizer on a held-out corpus of real-world idioms (test/fixtures/recognize/realworld): original code written
// for this project, each file a pattern study of how one public project writes activations (its imports and aliases,
// call forms and literal parameters, and its look-alikes), naming that project on its first line and in `modelledOn`;
// none of it is copied. Every activation found exactly (canonical id and effective parameters), nothing else found.
// Labels are in expectations.json: `rows` must be found; `optional` rows are places whose truth only the library's
// own definitions reveal: not finding them is fine, finding them wrongly is not.
// `REALWORLD_REPORT=1` prints precision / recall / exact rate by framework and by language.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { defaultsFor, type ActivationId, type Framework } from '../../src/core/frameworks';
import { createResolver, findActivations, type ActivationMatch } from '../../src/recognize/index';

/** [line (1-based), name as written, id, framework, params (omitted = the framework's defaults), nonliteral]. */
type Row = [number, string, ActivationId, Framework, Record<string, number | string>?, string[]?];
interface FileLabels {
  lang: string;
  /** The public repository and path whose idioms the file studies ("owner/repo path"). */
  modelledOn: string;
  rows: Row[];
  optional?: Row[];
}

const DIR = resolve(__dirname, '../../../test/fixtures/recognize/realworld');
const LABELS = JSON.parse(readFileSync(join(DIR, 'expectations.json'), 'utf8')) as Record<string, FileLabels>;

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const num = (v: number | string): number => (v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : (v as number));

interface Norm {
  line: number;
  alias: string;
  id: string;
  framework: string;
  params: Record<string, number>;
  nonliteral?: string[];
}

function expected(row: Row): Norm {
  const [line, alias, id, framework, params, nonliteral] = row;
  const p: Record<string, number> = {};
  for (const [k, v] of Object.entries(params ?? defaultsFor(id, framework))) p[k] = num(v);
  return { line, alias, id, framework, params: p, ...(nonliteral ? { nonliteral } : {}) };
}

function found(text: string, m: ActivationMatch): Norm {
  return {
    line: lineOf(text, m.start),
    alias: m.alias ?? '',
    id: m.id,
    framework: m.framework,
    params: m.params,
    ...(m.nonliteral ? { nonliteral: m.nonliteral } : {}),
  };
}

const key = (n: Norm): string => `${n.line}\u0000${n.alias}`;
/** What the score counts: the canonical id and every effective parameter (framework and nonliteral are shown apart). */
const exact = (a: Norm, b: Norm): boolean => a.id === b.id && JSON.stringify(sortKeys(a.params)) === JSON.stringify(sortKeys(b.params));
const sortKeys = (o: Record<string, number>): [string, number][] => Object.entries(o).sort(([a], [b]) => a.localeCompare(b));

interface Outcome {
  file: string;
  lang: string;
  /** Expected and found with the right id and parameters. */
  hits: { want: Norm; got: Norm }[];
  /** Expected and found, but with another id or other parameters. */
  wrong: { want: Norm; got: Norm }[];
  /** Expected, not found. */
  misses: Norm[];
  /** Found where nothing is expected. */
  falsePositives: Norm[];
}

function score(file: string, labels: FileLabels): Outcome {
  const text = readFileSync(join(DIR, file), 'utf8');
  const got = findActivations(text, labels.lang).map((m) => found(text, m));
  const want = labels.rows.map(expected);
  const optional = (labels.optional ?? []).map(expected);
  const out: Outcome = { file, lang: labels.lang, hits: [], wrong: [], misses: [], falsePositives: [] };
  const pool = new Map<string, Norm[]>();
  for (const g of got) pool.set(key(g), [...(pool.get(key(g)) ?? []), g]);
  const take = (w: Norm): Norm | undefined => {
    const list = pool.get(key(w));
    if (!list || list.length === 0) return undefined;
    const i = Math.max(0, list.findIndex((g) => exact(g, w)));
    return list.splice(i, 1)[0];
  };
  for (const w of want) {
    const g = take(w);
    if (!g) out.misses.push(w);
    else (exact(g, w) ? out.hits : out.wrong).push({ want: w, got: g });
  }
  for (const w of optional) {
    const g = take(w);
    if (g) (exact(g, w) ? out.hits : out.wrong).push({ want: w, got: g });
  }
  for (const list of pool.values()) out.falsePositives.push(...list);
  return out;
}

/** Framework group of a label: JAX and Flax together, Keras with tf.nn (both come from TensorFlow code). */
function group(n: Norm): string {
  switch (n.framework) {
    case 'jax':
    case 'flax':
      return 'JAX/Flax';
    case 'keras':
    case 'tensorflow':
      return 'Keras/TF';
    case 'pytorch':
      return 'PyTorch';
    case 'tfjs':
      return 'TF.js';
    case 'libtorch':
      return 'LibTorch';
    case 'nnlib':
      return 'NNlib';
    default:
      return n.framework;
  }
}

function report(outcomes: Outcome[]): string {
  const table = new Map<string, { expected: number; found: number; exact: number; wrong: number; fp: number }>();
  const bump = (k: string, f: 'expected' | 'found' | 'exact' | 'wrong' | 'fp'): void => {
    const r = table.get(k) ?? { expected: 0, found: 0, exact: 0, wrong: 0, fp: 0 };
    r[f]++;
    table.set(k, r);
  };
  for (const o of outcomes) {
    const tally = (n: Norm, f: 'expected' | 'found' | 'exact' | 'wrong' | 'fp'): void => {
      bump(`framework ${group(n)}`, f);
      bump(`language ${o.lang === 'typescript' || o.lang === 'javascript' ? 'js/ts' : o.lang}`, f);
      bump('ALL', f);
    };
    for (const { want } of o.hits) {
      tally(want, 'found');
      tally(want, 'exact');
    }
    for (const { want } of o.wrong) {
      tally(want, 'found');
      tally(want, 'wrong');
    }
    for (const w of [...o.hits.map((h) => h.want), ...o.wrong.map((h) => h.want), ...o.misses]) tally(w, 'expected');
    for (const f of o.falsePositives) tally(f, 'fp');
  }
  const pct = (a: number, b: number): string => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
  const lines = ['group                  expected found exact wrong  FP  precision recall  exact-rate'];
  for (const [k, r] of [...table.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(
      `${k.padEnd(22)} ${String(r.expected).padStart(8)} ${String(r.found).padStart(5)} ${String(r.exact).padStart(5)} ` +
        `${String(r.wrong).padStart(5)} ${String(r.fp).padStart(3)}  ${pct(r.found - r.wrong, r.found + r.fp)}  ` +
        `${pct(r.found, r.expected)}  ${pct(r.exact, r.expected)}`,
    );
  }
  for (const o of outcomes) {
    for (const m of o.misses) lines.push(`  MISS  ${o.file}:${m.line} ${m.alias} (${m.id})`);
    for (const w of o.wrong) {
      const got = `${w.got.id} ${JSON.stringify(w.got.params)}`;
      lines.push(`  WRONG ${o.file}:${w.want.line} ${w.want.alias}: ${got}, want ${w.want.id} ${JSON.stringify(w.want.params)}`);
    }
    for (const f of o.falsePositives) lines.push(`  FP    ${o.file}:${f.line} ${f.alias} (${f.id})`);
  }
  return lines.join('\n');
}

describe('recognize: real-world corpus', () => {
  const outcomes = Object.entries(LABELS).map(([file, labels]) => score(file, labels));

  if (process.env.REALWORLD_REPORT) console.log(report(outcomes));

  for (const o of outcomes) {
    test(`${o.file}: every activation exactly, nothing else`, () => {
      assert.deepEqual(o.misses, [], 'missed');
      assert.deepEqual(o.falsePositives, [], 'false positives');
      assert.deepEqual(o.wrong.map((w) => [w.got, w.want]), [], 'wrong id or parameters');
      for (const { want, got } of o.hits) {
        assert.equal(got.framework, want.framework, `${o.file}:${want.line} ${want.alias} framework`);
        assert.deepEqual(got.nonliteral, want.nonliteral, `${o.file}:${want.line} ${want.alias} nonliteral`);
      }
    });
  }

  test('the corpus is labelled: models named, 40+ files, every language', () => {
    const files = Object.keys(LABELS);
    assert.ok(files.length >= 40, `${files.length} files`);
    for (const [file, l] of Object.entries(LABELS)) {
      assert.match(l.modelledOn, /^[\w.-]+\/[\w.-]+ \S+/, file);
      const first = readFileSync(join(DIR, file), 'utf8').split('\n')[0]!;
      assert.match(first, /^(?:#|\/\/) Pattern study \(original code\) modelled on idioms seen in /, file);
      assert.ok(first.includes(l.modelledOn.split(' ')[0]!), `${file}: first line names ${l.modelledOn.split(' ')[0]}`);
    }
    for (const lang of ['python', 'javascript', 'typescript', 'cpp', 'julia']) assert.ok(files.some((f) => LABELS[f]!.lang === lang), lang);
  });

  test('aggregate: no false positive, exact rate >= 95%', () => {
    const expectedCount = outcomes.reduce((n, o) => n + o.hits.length + o.wrong.length + o.misses.length, 0);
    const exactCount = outcomes.reduce((n, o) => n + o.hits.length, 0);
    const fp = outcomes.reduce((n, o) => n + o.falsePositives.length, 0);
    assert.equal(fp, 0);
    assert.ok(exactCount / expectedCount >= 0.95, `${exactCount}/${expectedCount}`);
  });

  test('a hover at every offset agrees with the scan', () => {
    const resolver = createResolver();
    for (const [file, { lang }] of Object.entries(LABELS)) {
      const text = readFileSync(join(DIR, file), 'utf8');
      const all = findActivations(text, lang);
      for (let offset = 0; offset <= text.length; offset++) {
        const h = resolver.resolveAt(text, offset, lang, `file:///${file}@1`);
        if (h) assert.deepEqual(h, all.find((m) => m.start === h.start && m.end === h.end), `${file}:${lineOf(text, offset)} offset ${offset}`);
        else assert.deepEqual(all.filter((m) => m.start <= offset && offset < m.end), [], `${file}:${lineOf(text, offset)} offset ${offset}`);
      }
    }
  });
});
