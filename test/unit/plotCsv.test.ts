// The CSV export (src/plot/csv.ts), computed by the host from a validated state with the math core.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { plotCsv } from '../../src/plot/csv';
import { curveLabel, defaultState, defaultXRange, presetState } from '../../src/plot/defaults';
import type { PlotState } from '../../src/plot/protocol';
import { getActivation } from '../../src/core';

function rows(csv: string): string[][] {
  assert.ok(csv.endsWith('\r\n'));
  return csv.slice(0, -2).split('\r\n').map((l) => l.split(','));
}

describe('plotCsv', () => {
  test('x then the shown derivatives of each curve, one row per sample', () => {
    const state: PlotState = { ...defaultState([{ id: 'elu', params: { alpha: 2 } }, { id: 'relu', params: {} }]), x: { min: -2, max: 2 } };
    const t = rows(plotCsv(state, 5));
    assert.deepEqual(t[0], ['x', 'elu(alpha=2) f', "elu(alpha=2) f'", 'relu f', "relu f'"]);
    assert.equal(t.length, 6);
    assert.deepEqual(t.slice(1).map((r) => Number(r[0])), [-2, -1, 0, 1, 2]);
    const elu = getActivation('elu')!;
    assert.equal(Number(t[1][1]), elu.f(-2, { alpha: 2 }));
    assert.equal(Number(t[1][2]), elu.df(-2, { alpha: 2 }));
    assert.equal(t[5][3], '2');
  });

  test('the default of 2001 samples and the exact range ends', () => {
    const t = rows(plotCsv(defaultState([{ id: 'gelu', params: {} }])));
    assert.equal(t.length, 2002);
    assert.equal(Number(t[1][0]), -5);
    assert.equal(Number(t[2001][0]), 5);
  });

  test("f'' when shown; f alone when nothing is shown; the grid when nothing is plotted", () => {
    const base = defaultState([{ id: 'tanh', params: {} }]);
    assert.deepEqual(rows(plotCsv({ ...base, show: { f: false, df: false, d2f: true } }, 3))[0], ['x', "tanh f''"]);
    assert.deepEqual(rows(plotCsv({ ...base, show: { f: false, df: false, d2f: false } }, 3))[0], ['x', 'tanh f']);
    const empty = rows(plotCsv({ ...base, curves: [] }, 3));
    assert.deepEqual(empty, [['x'], ['-5'], ['0'], ['5']]);
  });

  test('breaks at jumps are empty cells, infinity is inf, labels with commas are quoted', () => {
    // threshold jumps at x = 0: the sample there is a break.
    const st: PlotState = { ...defaultState([{ id: 'threshold', params: { threshold: 0, value: -1 } }]), x: { min: -1, max: 1 } };
    const csv = plotCsv(st, 3);
    const lines = csv.split('\r\n');
    assert.equal(lines[0], 'x,"threshold(threshold=0, value=-1) f","threshold(threshold=0, value=-1) f\'"');
    assert.match(lines[2], /^0,,$/);
    assert.equal(curveLabel({ id: 'softplus', params: { threshold: 'Infinity' } }), 'softplus(beta=1, threshold=inf)');
  });
});

describe('default views', () => {
  test('[-5, 5], widened to show kinks and jumps', () => {
    assert.deepEqual(defaultXRange([{ id: 'gelu', params: {} }]), { min: -5, max: 5 });
    assert.deepEqual(defaultXRange([{ id: 'relu6', params: {} }]), { min: -5, max: 8 });
    assert.deepEqual(defaultXRange([{ id: 'threshold', params: { threshold: 1e6, value: 0 } }]), { min: -5, max: 5 });
  });

  test('a preset keeps the derivative toggles of the open plot and refits the view', () => {
    const open: PlotState = { ...defaultState([{ id: 'gelu', params: {} }]), show: { f: false, df: true, d2f: true }, x: { min: 0, max: 1 }, y: { min: 0, max: 1 } };
    const next = presetState(open, [{ id: 'relu', params: {} }]);
    assert.deepEqual(next, { curves: [{ id: 'relu', params: {} }], show: { f: false, df: true, d2f: true }, x: { min: -5, max: 5 }, y: null });
    assert.deepEqual(presetState(undefined, [{ id: 'relu', params: {} }]).show, { f: true, df: true, d2f: false });
  });
});
