// Chart.js for the plot: only the parts used are registered (line, linear scales, legend), no animation, no
// parsing (data are {x, y} objects the app reuses), no Chart.js events (the app handles pointer and keys).
import { Chart, Legend, LineController, LineElement, LinearScale, PointElement, type ChartDataset, type Plugin, type ScriptableScaleContext } from 'chart.js';
import type { Derivative, Range } from '../src/plot/protocol';
import type { Point } from './series';
import { formatNumber } from './format';
import { DASHES, type ChartTheme } from './theme';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend);

export interface SeriesSpec {
  /** Stable per curve slot and derivative, so Chart.js keeps its dataset (and its elements) across updates. */
  readonly key: string;
  readonly colour: string;
  readonly derivative: Derivative;
  readonly points: Point[];
}

export interface LegendEntry {
  readonly text: string;
  readonly colour: string;
  readonly dash: number[];
}

type LineDataset = ChartDataset<'line', Point[]>;

export class PlotChart {
  readonly chart: Chart<'line', Point[]>;
  private theme: ChartTheme;
  private readonly datasets = new Map<string, LineDataset>();
  private legend: readonly LegendEntry[] = [];

  constructor(canvas: HTMLCanvasElement, theme: ChartTheme) {
    this.theme = theme;
    const background: Plugin<'line'> = {
      id: 'activationLensBackground',
      // An opaque background: the exported PNG looks as the panel does in any image viewer.
      beforeDraw: (chart) => {
        const { ctx, width, height } = chart;
        ctx.save();
        ctx.fillStyle = this.theme.background;
        ctx.fillRect(0, 0, width, height);
        ctx.restore();
      },
    };
    const gridColour = (ctx: ScriptableScaleContext) => (ctx.tick?.value === 0 ? this.theme.axis : this.theme.grid);
    const gridWidth = (ctx: ScriptableScaleContext) => (ctx.tick?.value === 0 ? (this.theme.highContrast ? 2 : 1.5) : 1);
    const axis = {
      type: 'linear' as const,
      grid: { color: gridColour, lineWidth: gridWidth },
      border: { display: false },
      // Our own labels: Chart.js's default builds an Intl.NumberFormat (slow the first time, ~10 ms).
      ticks: { includeBounds: false, maxRotation: 0, autoSkipPadding: 12, callback: (v: number | string) => formatNumber(Number(v)) },
    };
    this.chart = new Chart<'line', Point[]>(canvas, {
      type: 'line',
      data: { datasets: [] },
      options: {
        animation: false,
        parsing: false,
        normalized: true,
        responsive: true,
        maintainAspectRatio: false,
        events: [],
        layout: { padding: { top: 2, right: 8, bottom: 2, left: 2 } },
        elements: { point: { radius: 0, hoverRadius: 0, hitRadius: 0 }, line: { tension: 0, borderCapStyle: 'round', borderJoinStyle: 'round' } },
        datasets: { line: { pointRadius: 0, spanGaps: false, indexAxis: 'x' } },
        scales: { x: { ...axis }, y: { ...axis } },
        plugins: {
          legend: {
            position: 'top',
            align: 'start',
            // One entry per activation (its colour) and one per derivative shown (its dash), not one per line:
            // the exported PNG explains itself in a single row.
            labels: {
              usePointStyle: true,
              pointStyleWidth: 28,
              boxHeight: 8,
              padding: 12,
              generateLabels: () =>
                this.legend.map((e) => ({
                  text: e.text,
                  strokeStyle: e.colour,
                  fillStyle: e.colour,
                  fontColor: this.theme.foreground,
                  lineWidth: this.theme.lineWidth,
                  lineDash: e.dash,
                  pointStyle: 'line' as const,
                  hidden: false,
                })),
            },
          },
        },
      },
      plugins: [background],
    });
    this.applyTheme();
  }

  setTheme(theme: ChartTheme): void {
    this.theme = theme;
    this.applyTheme();
    for (const ds of this.datasets.values()) ds.borderWidth = theme.lineWidth;
  }

  /** Colours and fonts written into the options (not Chart.defaults: resolved options are cached per chart). */
  private applyTheme(): void {
    const t = this.theme;
    const font = { family: t.fontFamily, size: t.fontSize };
    const opts = this.chart.options;
    for (const axis of ['x', 'y'] as const) {
      const ticks = opts.scales?.[axis]?.ticks as { color?: string; font?: typeof font } | undefined;
      if (!ticks) continue;
      ticks.color = t.foreground;
      ticks.font = font;
    }
    const labels = opts.plugins?.legend?.labels;
    if (labels) {
      labels.color = t.foreground;
      labels.font = font;
    }
  }

  /** Shows `series` on [x] x [y] with `legend` above, and draws synchronously. */
  update(series: readonly SeriesSpec[], legend: readonly LegendEntry[], x: Range, y: Range): void {
    this.legend = legend;
    const list: LineDataset[] = [];
    const used = new Set<string>();
    for (const s of series) {
      let ds = this.datasets.get(s.key);
      if (!ds) {
        ds = { data: s.points, pointRadius: 0, spanGaps: false };
        this.datasets.set(s.key, ds);
      }
      ds.data = s.points;
      ds.borderColor = s.colour;
      ds.backgroundColor = s.colour;
      ds.borderWidth = this.theme.lineWidth;
      ds.borderDash = DASHES[s.derivative] as number[];
      used.add(s.key);
      list.push(ds);
    }
    for (const k of [...this.datasets.keys()]) if (!used.has(k)) this.datasets.delete(k);
    const scales = this.chart.options.scales as { x: { min: number; max: number }; y: { min: number; max: number } };
    scales.x.min = x.min;
    scales.x.max = x.max;
    scales.y.min = y.min;
    scales.y.max = y.max;
    this.chart.data.datasets = list;
    this.chart.update('none');
  }

  /** The plotting area in canvas CSS pixels. */
  area(): { left: number; right: number; top: number; bottom: number } {
    const a = this.chart.chartArea;
    return { left: a.left, right: a.right, top: a.top, bottom: a.bottom };
  }

  pixelForX(x: number): number {
    return this.chart.scales.x.getPixelForValue(x);
  }

  /** A PNG of the chart as drawn (with its background), as a data: URL. */
  toPng(): string {
    return this.chart.toBase64Image('image/png', 1);
  }

  resize(): void {
    this.chart.resize();
  }
}
