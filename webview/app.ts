// The plot webview: owns the state, the controls, the chart and the readout, and talks to the host.
// Every change goes through `commit`, which validates the next state first: a bad value shows an inline
// error and the last good plot stays on screen.
import { catalogueGroups } from '../src/plot/catalogue';
import { DERIVATIVES, MAX_CURVES, SAMPLES, format, type ActivationDetails, type PlotInit, type PlotState, type Range, type ToWebview } from '../src/plot/protocol';
import { LIMITS, checkPlotState, checkRange, parseToWebview } from '../src/plot/validate';
import { CurveCard } from './cards';
import { PlotChart, type LegendEntry, type SeriesSpec } from './chart';
import { byId, h } from './dom';
import { formatNumber } from './format';
import { activationDescription, activationName, errorText } from './l10n';
import * as model from './model';
import { SampleCache, fillPoints, fitY, valuesAt, type Point } from './series';
import { DASHES, curveColourVar, readTheme, type ChartTheme } from './theme';
import { panBy, valueAt, wheelFactor, zoomAbout } from './viewport';
import type { WebviewApi } from './vscodeApi';

/** User Timing names the bench reads (performance.getEntriesByName). */
export const MARKS = { start: 'activation-lens:start', firstPaint: 'activation-lens:first-paint', render: 'activation-lens:render' } as const;

const STATE_POST_DELAY_MS = 150;

export class PlotApp {
  private state: PlotState;
  private readonly s: PlotInit['strings'];
  private readonly chart: PlotChart;
  private theme: ChartTheme;
  private readonly cache = new SampleCache();
  private readonly points = new Map<string, Point[]>();
  private cards: CurveCard[] = [];
  private readonly details = new Map<string, ActivationDetails>();
  private readonly requested = new Set<string>();
  /** The y range on screen (the fitted one when state.y is null). */
  private viewY: Range = { min: -1, max: 1 };
  /** Where the readout reads, in x units; null until the pointer or keyboard put it somewhere. */
  private cursorX: number | null = null;
  private frame = 0;
  private statePostTimer: ReturnType<typeof setTimeout> | undefined;
  private painted = false;
  private drag: { id: number; px: number; py: number; x: Range; y: Range } | undefined;

  private readonly el = {
    canvas: byId<HTMLCanvasElement>('chart'),
    wrap: byId<HTMLDivElement>('chart-wrap'),
    crosshair: byId<HTMLDivElement>('crosshair'),
    error: byId<HTMLDivElement>('error'),
    status: byId<HTMLDivElement>('status'),
    readoutX: byId<HTMLOutputElement>('readout-x'),
    readoutBody: byId<HTMLTableElement>('readout').tBodies[0],
    curves: byId<HTMLDivElement>('curves'),
    noCurves: byId<HTMLParagraphElement>('no-curves'),
    addSelect: byId<HTMLSelectElement>('add-select'),
    addButton: byId<HTMLButtonElement>('add-button'),
    xMin: byId<HTMLInputElement>('x-min'),
    xMax: byId<HTMLInputElement>('x-max'),
    yMin: byId<HTMLInputElement>('y-min'),
    yMax: byId<HTMLInputElement>('y-max'),
  };

  constructor(
    private readonly api: WebviewApi,
    init: PlotInit,
  ) {
    this.s = init.strings;
    const saved = checkPlotState(api.getState());
    const initial = checkPlotState(init.state);
    this.state = saved.ok ? saved.value : initial.ok ? initial.value : { curves: [], show: { f: true, df: true, d2f: false }, x: { min: -5, max: 5 }, y: null };
    this.theme = this.readTheme();
    this.chart = new PlotChart(this.el.canvas, this.theme);
  }

  /**
   * Draws the chart, lets that frame reach the screen, then builds the controls (a few dozen ms for the
   * cards): the plot appears first. The first-paint mark (the bench reads it) is set in that frame.
   */
  start(): void {
    this.syncToolbar();
    this.render();
    this.painted = true;
    window.addEventListener('message', (e: MessageEvent) => this.onMessage(e.data));
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      this.finishStart();
    };
    requestAnimationFrame(() => {
      performance.mark(MARKS.firstPaint);
      setTimeout(finish, 0);
    });
    setTimeout(finish, 100); // no animation frames while the document is hidden
  }

  private finishStart(): void {
    this.buildAddList();
    this.bindToolbar();
    this.bindChart();
    this.rebuildCards();
    this.watchTheme();
    this.api.setState(this.state);
    this.api.postMessage({ type: 'ready' });
    this.requestDetails();
  }

  // --- state --------------------------------------------------------------------------------------------

  /** Validates and applies `next`; on failure shows why and keeps the current plot. */
  private commit(next: PlotState, focusAfterRemove?: number): boolean {
    const r = checkPlotState(next);
    if (!r.ok) {
      this.showError(errorText(this.s, r.errors));
      return false;
    }
    this.clearError();
    const before = this.state;
    this.state = r.value;
    this.api.setState(this.state);
    this.schedulePost();
    const idsChanged = before.curves.length !== r.value.curves.length || before.curves.some((c, i) => c.id !== r.value.curves[i].id);
    if (idsChanged) {
      this.cache.truncate(0);
      this.rebuildCards();
      this.requestDetails();
      if (focusAfterRemove !== undefined) {
        // Keyboard users land on the card that took the removed one's place, or on the add list.
        const card = this.cards[Math.min(focusAfterRemove, this.cards.length - 1)];
        if (card) card.focus();
        else this.el.addSelect.focus();
      }
    } else {
      r.value.curves.forEach((c, i) => this.cards[i]?.update(c));
    }
    this.syncToolbar();
    this.scheduleRender();
    return true;
  }

  private schedulePost(): void {
    clearTimeout(this.statePostTimer);
    this.statePostTimer = setTimeout(() => this.api.postMessage({ type: 'stateChanged', state: this.state }), STATE_POST_DELAY_MS);
  }

  private showError(text: string): void {
    this.el.error.textContent = text;
    this.el.error.hidden = false;
  }

  private clearError(): void {
    if (this.el.error.hidden) return;
    this.el.error.hidden = true;
    this.el.error.textContent = '';
  }

  private showStatus(text: string): void {
    this.el.status.textContent = text;
  }

  // --- drawing ------------------------------------------------------------------------------------------

  private scheduleRender(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  /** Samples what changed, fits y, copies into the chart's points and draws, synchronously. */
  render(): void {
    performance.mark(`${MARKS.render}-start`);
    const st = this.state;
    const curves = st.curves.map((c, i) => this.cache.get(i, c, st.x, SAMPLES));
    const y = st.y ?? fitY(curves, st.show);
    this.viewY = y;
    const series: SeriesSpec[] = [];
    const used = new Set<string>();
    // About one point per device pixel across the plot (see fillPoints); never more than were sampled.
    const target = Math.max(200, Math.round(this.el.canvas.clientWidth * Math.min(2, window.devicePixelRatio || 1)));
    st.curves.forEach((_c, i) => {
      const colour = this.theme.palette[i % this.theme.palette.length];
      for (const d of DERIVATIVES) {
        if (!st.show[d]) continue;
        const key = `${i}:${d}`;
        let pts = this.points.get(key);
        if (!pts) this.points.set(key, (pts = []));
        fillPoints(pts, curves[i].x, curves[i][d], y, target);
        used.add(key);
        series.push({ key, colour, derivative: d, points: pts });
      }
    });
    const legend: LegendEntry[] = st.curves.map((c, i) => ({
      text: activationName(this.s, c.id),
      colour: this.theme.palette[i % this.theme.palette.length],
      dash: [],
    }));
    for (const d of DERIVATIVES) if (st.show[d] && st.curves.length) legend.push({ text: this.s[d], colour: this.theme.foreground, dash: [...DASHES[d]] });
    for (const k of [...this.points.keys()]) if (!used.has(k)) this.points.delete(k);
    this.chart.update(series, legend, st.x, y);
    this.updateReadout();
    // Only the latest measure is kept (the bench reads it); a long drag would otherwise pile entries up.
    performance.clearMeasures(MARKS.render);
    performance.measure(MARKS.render, `${MARKS.render}-start`);
    performance.clearMarks(`${MARKS.render}-start`);
  }

  // --- readout ------------------------------------------------------------------------------------------

  private rebuildReadoutRows(): void {
    const rows = this.state.curves.map((c, i) => {
      const sw = h('span', { class: 'swatch', 'aria-hidden': 'true' });
      sw.style.backgroundColor = curveColourVar(i);
      return h('tr', {}, h('th', { scope: 'row' }, sw, activationName(this.s, c.id)), h('td', {}), h('td', {}), h('td', {}));
    });
    this.el.readoutBody.replaceChildren(...rows);
  }

  private updateReadout(): void {
    const x = this.cursorX;
    const area = this.chart.area();
    const inView = x !== null && x >= this.state.x.min && x <= this.state.x.max;
    if (!inView) {
      this.el.crosshair.hidden = true;
      this.el.readoutX.textContent = '';
      for (const row of this.el.readoutBody.rows) for (let j = 1; j < row.cells.length; j++) row.cells[j].textContent = '';
      return;
    }
    const px = this.chart.pixelForX(x);
    const cross = this.el.crosshair;
    cross.hidden = false;
    cross.style.left = `${px}px`;
    cross.style.top = `${area.top}px`;
    cross.style.height = `${area.bottom - area.top}px`;
    this.el.readoutX.textContent = `x = ${formatNumber(x)}`;
    this.state.curves.forEach((c, i) => {
      const row = this.el.readoutBody.rows[i];
      if (!row) return;
      const v = valuesAt(c, x);
      row.cells[1].textContent = formatNumber(v.f);
      row.cells[2].textContent = formatNumber(v.df);
      row.cells[3].textContent = formatNumber(v.d2f);
    });
  }

  private setCursor(x: number | null): void {
    this.cursorX = x;
    this.updateReadout();
  }

  // --- controls -----------------------------------------------------------------------------------------

  private buildAddList(): void {
    const groups = catalogueGroups().map((g) =>
      h('optgroup', { label: this.s.families[g.family] ?? g.family }, ...g.items.map((a) => h('option', { value: a.id, title: activationDescription(this.s, a.id, a.description) }, activationName(this.s, a.id)))),
    );
    this.el.addSelect.replaceChildren(...groups);
    this.el.addButton.addEventListener('click', () => {
      const id = this.el.addSelect.value;
      if (this.state.curves.length >= MAX_CURVES) return this.showError(this.s.tooManyCurves);
      if (id) this.commit(model.addCurve(this.state, id));
    });
  }

  private rebuildCards(): void {
    this.cards = this.state.curves.map(
      (c, i) =>
        new CurveCard(i, c, this.s, {
          param: (index, name, value) => {
            if (!this.commit(model.setParam(this.state, index, name, value))) this.cards[index]?.setInvalid(name, this.el.error.textContent ?? '');
          },
          resetParams: (index) => this.commit(model.resetParams(this.state, index)),
          remove: (index) => this.commit(model.removeCurve(this.state, index), index),
          copyTex: (id, which) => this.api.postMessage({ type: 'copyTex', id, which }),
        }),
    );
    this.el.curves.replaceChildren(...this.cards.map((c) => c.root));
    for (const card of this.cards) {
      const d = this.details.get(this.state.curves[card.index].id);
      if (d) card.setDetails(d);
    }
    this.el.noCurves.hidden = this.cards.length > 0;
    this.rebuildReadoutRows();
  }

  private requestDetails(): void {
    const ids = [...new Set(this.state.curves.map((c) => c.id))].filter((id) => !this.details.has(id) && !this.requested.has(id));
    if (!ids.length) return;
    for (const id of ids) this.requested.add(id);
    this.api.postMessage({ type: 'requestDetails', ids });
  }

  private syncToolbar(): void {
    const st = this.state;
    for (const d of DERIVATIVES) byId<HTMLInputElement>(`show-${d}`).checked = st.show[d];
    const set = (input: HTMLInputElement, v: number | null) => {
      if (document.activeElement === input) return;
      input.value = v === null ? '' : String(Number(v.toPrecision(8)));
      input.removeAttribute('aria-invalid');
    };
    set(this.el.xMin, st.x.min);
    set(this.el.xMax, st.x.max);
    set(this.el.yMin, st.y?.min ?? null);
    set(this.el.yMax, st.y?.max ?? null);
    this.el.addButton.disabled = st.curves.length >= MAX_CURVES;
  }

  private bindToolbar(): void {
    for (const d of DERIVATIVES) {
      const box = byId<HTMLInputElement>(`show-${d}`);
      box.addEventListener('change', () => this.commit(model.setShown(this.state, d, box.checked)));
    }
    const onRange = (axis: 'x' | 'y') => () => {
      const [minEl, maxEl] = axis === 'x' ? [this.el.xMin, this.el.xMax] : [this.el.yMin, this.el.yMax];
      if (axis === 'y' && minEl.value.trim() === '' && maxEl.value.trim() === '') {
        this.commit(model.setRanges(this.state, this.state.x, null));
        return;
      }
      const r = checkRange({ min: minEl.valueAsNumber, max: maxEl.valueAsNumber }, axis);
      if (!r.ok) {
        for (const el of [minEl, maxEl]) el.setAttribute('aria-invalid', 'true');
        this.showError(`${format(this.s.badRange, axis === 'x' ? LIMITS.maxAbsX : LIMITS.maxAbsY)} ${errorText(this.s, r.errors)}`);
        return;
      }
      for (const el of [minEl, maxEl]) el.removeAttribute('aria-invalid');
      this.commit(axis === 'x' ? model.setRanges(this.state, r.value, this.state.y) : model.setRanges(this.state, this.state.x, r.value));
    };
    for (const el of [this.el.xMin, this.el.xMax]) el.addEventListener('change', onRange('x'));
    for (const el of [this.el.yMin, this.el.yMax]) el.addEventListener('change', onRange('y'));
    byId('reset-view').addEventListener('click', () => this.commit(model.resetView(this.state)));
    byId('export-png').addEventListener('click', () => this.api.postMessage({ type: 'exportPng', dataUrl: this.chart.toPng() }));
    byId('export-csv').addEventListener('click', () => this.api.postMessage({ type: 'exportCsv', state: this.state }));
  }

  // --- chart interaction --------------------------------------------------------------------------------

  /** Axis values at a pointer position relative to the canvas. */
  private at(offsetX: number, offsetY: number): { x: number; y: number } {
    const a = this.chart.area();
    return { x: valueAt(offsetX, this.state.x, a.left, a.right), y: valueAt(offsetY, this.viewY, a.bottom, a.top) };
  }

  private zoom(factor: number, about: { x: number; y: number }, axes: { x: boolean; y: boolean }): void {
    const x = axes.x ? zoomAbout(this.state.x, about.x, factor, 'x') : this.state.x;
    const y = axes.y ? zoomAbout(this.viewY, about.y, factor, 'y') : this.viewY;
    this.commit(model.setRanges(this.state, x, axes.y || this.state.y ? y : null));
  }

  private pan(dx: number, dy: number): void {
    this.commit(model.setRanges(this.state, panBy(this.state.x, dx, 'x'), dy === 0 && !this.state.y ? null : panBy(this.viewY, dy, 'y')));
  }

  private bindChart(): void {
    const canvas = this.el.canvas;
    canvas.addEventListener(
      'wheel',
      (e) => {
        e.preventDefault();
        const delta = e.deltaY || e.deltaX;
        if (!delta) return;
        this.zoom(wheelFactor(delta, e.deltaMode), this.at(e.offsetX, e.offsetY), { x: !e.altKey, y: !e.shiftKey });
      },
      { passive: false },
    );
    canvas.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      canvas.setPointerCapture(e.pointerId);
      this.drag = { id: e.pointerId, px: e.offsetX, py: e.offsetY, x: this.state.x, y: this.viewY };
      canvas.classList.add('dragging');
    });
    canvas.addEventListener('pointermove', (e) => {
      const a = this.chart.area();
      if (this.drag && this.drag.id === e.pointerId) {
        const d = this.drag;
        const dx = ((e.offsetX - d.px) / (a.right - a.left)) * (d.x.max - d.x.min);
        const dy = ((e.offsetY - d.py) / (a.bottom - a.top)) * (d.y.max - d.y.min);
        if (dx === 0 && dy === 0) return;
        this.commit(model.setRanges(this.state, panBy(d.x, -dx, 'x'), panBy(d.y, dy, 'y')));
        return;
      }
      if (e.offsetX >= a.left && e.offsetX <= a.right) this.setCursor(this.at(e.offsetX, e.offsetY).x);
    });
    const endDrag = (e: PointerEvent) => {
      if (!this.drag || this.drag.id !== e.pointerId) return;
      this.drag = undefined;
      canvas.classList.remove('dragging');
      if (canvas.hasPointerCapture(e.pointerId)) canvas.releasePointerCapture(e.pointerId);
    };
    canvas.addEventListener('pointerup', endDrag);
    canvas.addEventListener('pointercancel', endDrag);
    canvas.addEventListener('dblclick', () => this.commit(model.resetView(this.state)));
    canvas.addEventListener('keydown', (e) => this.onChartKey(e));
    canvas.addEventListener('focus', () => {
      if (this.cursorX === null) this.setCursor((this.state.x.min + this.state.x.max) / 2);
    });
    // The crosshair follows the chart when the panel is resized.
    new ResizeObserver(() => this.updateReadout()).observe(this.el.wrap);
  }

  private onChartKey(e: KeyboardEvent): void {
    const { x } = this.state;
    const w = x.max - x.min;
    const hgt = this.viewY.max - this.viewY.min;
    const centre = { x: this.cursorX ?? (x.min + x.max) / 2, y: (this.viewY.min + this.viewY.max) / 2 };
    let handled = true;
    switch (e.key) {
      case 'ArrowLeft':
      case 'ArrowRight': {
        const sign = e.key === 'ArrowLeft' ? -1 : 1;
        if (e.shiftKey) this.pan(sign * w * 0.1, 0);
        else this.setCursor(Math.min(x.max, Math.max(x.min, centre.x + sign * w * (e.ctrlKey ? 0.1 : 0.01))));
        break;
      }
      case 'ArrowUp':
      case 'ArrowDown':
        if (e.shiftKey) this.pan(0, (e.key === 'ArrowUp' ? 1 : -1) * hgt * 0.1);
        else handled = false;
        break;
      case '+':
      case '=':
        this.zoom(0.8, centre, { x: true, y: true });
        break;
      case '-':
      case '_':
        this.zoom(1.25, centre, { x: true, y: true });
        break;
      case '0':
      case 'Home':
        this.commit(model.resetView(this.state));
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  }

  // --- host messages and theme --------------------------------------------------------------------------

  private onMessage(raw: unknown): void {
    const r = parseToWebview(raw);
    if (!r.ok) return this.showError(errorText(this.s, r.errors));
    const msg: ToWebview = r.value;
    switch (msg.type) {
      case 'setState':
        this.commit(msg.state);
        break;
      case 'details':
        for (const d of msg.entries) {
          this.details.set(d.id, d);
          this.requested.delete(d.id);
        }
        this.cards.forEach((card) => {
          const d = this.details.get(this.state.curves[card.index]?.id);
          if (d && msg.entries.includes(d)) card.setDetails(d);
        });
        break;
      case 'status':
        if (msg.level === 'error') this.showError(msg.text);
        else this.showStatus(msg.text);
        break;
      case 'renderPng':
        this.api.postMessage({ type: 'png', requestId: msg.requestId, dataUrl: this.chart.toPng() });
        break;
    }
  }

  private readTheme(): ChartTheme {
    const style = getComputedStyle(document.documentElement);
    return readTheme((n) => style.getPropertyValue(n), document.body.className);
  }

  /** VS Code changes the body's class and the root's CSS variables when the colour theme changes. */
  private watchTheme(): void {
    let pending = false;
    const observer = new MutationObserver(() => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        this.theme = this.readTheme();
        this.chart.setTheme(this.theme);
        if (this.painted) this.render();
      });
    });
    observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
  }
}
