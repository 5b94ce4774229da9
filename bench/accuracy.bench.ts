// Accuracy report: the math core and the textbook formulas (bench/textbook.ts) against the correctly rounded
// reference (test/fixtures, 60-digit mpmath), at every non-kink point of every default-parameter set.
// Prints max ulp and how many points are off by more than 4 ulp; the README's accuracy table comes from here.
import { getActivation } from '../src/core';
import { loadReference, ulpDistance } from '../test/support/reference';
import { textbook } from './textbook';

const sets = loadReference().filter((s) => s.source === 'shared');
const pad = (s: string | number, n: number) => String(s).padStart(n);
const fmt = (u: number) => (u === Infinity ? 'NaN' : u >= 1e6 ? u.toExponential(0).replace('e+', 'e') : String(u));

console.log('max error in ulp over 5,789 points per set; bad = points over 4 ulp; NaN = NaN where a number is due or a number where NaN is due (x = NaN)');
console.log(`${'set'.padEnd(30)}${pad('f', 6)}${pad("f'", 6)}${pad("f''", 6)} |${pad('textbook f', 11)}${pad('bad', 6)}${pad("textbook f'", 12)}${pad('bad', 6)}`);
let oursWorst = 0;
let textbookBadSets = 0;
let defaultSets = 0;
for (const set of sets) {
  const act = getActivation(set.fn)!;
  const kinks = new Set(set.kink);
  const skip2 = new Set([...set.kink, ...set.kink2]);
  const max = { f: 0, df: 0, d2f: 0, tf: 0, tdf: 0 };
  const bad = { tf: 0, tdf: 0 };
  const isDefault = Object.entries(set.params).every(([k, v]) => act.params.find((p) => p.name === k)?.default === v);
  const tb = isDefault ? textbook[set.fn] : undefined;
  for (let i = 0; i < set.x.length; i++) {
    const x = set.x[i];
    max.f = Math.max(max.f, ulpDistance(act.f(x, set.params), set.f[i]));
    if (!kinks.has(i)) max.df = Math.max(max.df, ulpDistance(act.df(x, set.params), set.df[i]));
    if (!skip2.has(i)) max.d2f = Math.max(max.d2f, ulpDistance(act.d2f(x, set.params), set.d2f[i]));
    if (tb) {
      const ef = ulpDistance(tb.f(x), set.f[i]);
      max.tf = Math.max(max.tf, ef);
      if (ef > 4) bad.tf++;
      if (!kinks.has(i)) {
        const edf = ulpDistance(tb.df(x), set.df[i]);
        max.tdf = Math.max(max.tdf, edf);
        if (edf > 4) bad.tdf++;
      }
    }
  }
  oursWorst = Math.max(oursWorst, max.f, max.df);
  if (tb) {
    defaultSets++;
    if (bad.tf + bad.tdf > 0) textbookBadSets++;
  }
  const label = `${set.fn} ${Object.entries(set.params).map(([k, v]) => `${k}=${v}`).join(' ')}`.slice(0, 29);
  const tbCols = tb ? `${pad(fmt(max.tf), 11)}${pad(bad.tf, 6)}${pad(fmt(max.tdf), 12)}${pad(bad.tdf, 6)}` : '   (textbook covers default parameters only)';
  console.log(`${label.padEnd(30)}${pad(fmt(max.f), 6)}${pad(fmt(max.df), 6)}${pad(fmt(max.d2f), 6)} |${tbCols}`);
}
console.log(`\nActivation Lens: worst f/f' error ${oursWorst} ulp over all ${sets.length} sets (target 4).`);
console.log(`Textbook formulas: more than 4 ulp off somewhere in ${textbookBadSets} of ${defaultSets} default sets.`);
