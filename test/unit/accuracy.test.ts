// Every activation against correctly rounded reference values: at most 4 ulp for f and f', 16 ulp for f''
// at every non-kink point; at kinks f' follows PyTorch's convention exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getActivation } from '../../src/core';
import { loadReference, ulpDistance, type ReferenceSet } from '../support/reference';

const LIMIT = { f: 4, df: 4, d2f: 16 } as const;
const sets = loadReference();

function worst(set: ReferenceSet, which: 'f' | 'df' | 'd2f', skip: Set<number>) {
  const act = getActivation(set.fn)!;
  const fn = act[which];
  const bad: { x: number; got: number; want: number; ulp: number }[] = [];
  let max = 0;
  for (let i = 0; i < set.x.length; i++) {
    if (skip.has(i)) continue;
    const got = fn(set.x[i], set.params);
    const ulp = ulpDistance(got, set[which][i]);
    if (ulp > max) max = ulp;
    if (ulp > LIMIT[which]) bad.push({ x: set.x[i], got, want: set[which][i], ulp });
  }
  bad.sort((a, b) => b.ulp - a.ulp);
  return { max, bad };
}

for (const set of sets) {
  const label = `${set.fn} ${JSON.stringify(set.params)} (${set.source})`;
  test(`accuracy: ${label}`, () => {
    const act = getActivation(set.fn);
    assert.ok(act, `activation ${set.fn} is missing`);
    const kinks = new Set(set.kink);
    const both = new Set([...set.kink, ...set.kink2]);
    const report: string[] = [];
    for (const [which, skip] of [['f', new Set<number>()], ['df', kinks], ['d2f', both]] as const) {
      const { max, bad } = worst(set, which, skip);
      if (process.env.ACCURACY_REPORT) console.log(`${label} ${which}: max ${max} ulp`);
      if (bad.length) {
        report.push(
          `${which}: ${bad.length} points over ${LIMIT[which]} ulp, worst: ` +
            bad.slice(0, 6).map((b) => `x=${b.x} got ${b.got} want ${b.want} (${b.ulp} ulp)`).join('; '),
        );
      }
    }
    for (const i of set.kink) {
      const got = act.df(set.x[i], set.params);
      if (!Object.is(got, set.df[i]) && got !== set.df[i]) report.push(`df at kink x=${set.x[i]}: got ${got}, convention ${set.df[i]}`);
    }
    assert.equal(report.length, 0, report.join('\n'));
  });
}
