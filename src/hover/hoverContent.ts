// Builds the Markdown of an activation hover. Pure (no vscode import) so it is unit-testable: the provider
// passes the recognised call site, the theme's palette and the typeset formulas.
import { validateParams, type Activation, type Properties } from '../core';
import { localiseMessage } from '../plot/translations';
import { miniPlot } from './miniPlot';
import { recolourSvg, svgDataUri, type ImagePalette } from './theme';

export interface HoverInput {
  act: Activation;
  /** Effective parameters at the call site (literal where given, else this framework's default). */
  params: Record<string, number>;
  /** This framework's defaults for the same parameters. */
  frameworkDefaults: Record<string, number>;
  /** Parameters passed as expressions (plotted at the default). */
  nonliteral: readonly string[];
  frameworkLabel: string;
  /** The name as written at the call site, e.g. `nn.GELU` or `'swish'`. */
  alias: string;
  /** Where frameworks disagree about this activation (in the display language). */
  notes: readonly string[];
  /** The activation's name and description in the display language (default: the core's English). */
  name?: string;
  description?: string;
  formulas: { f: FormulaSvg; df: FormulaSvg } | undefined;
  palette: ImagePalette;
  showPlot: boolean;
  /** A command URI that opens the plot with this call site's parameters, when the plot is available. */
  plotCommand?: string;
  /** Localises a message (vscode.l10n.t in the host); {0}, {1} are replaced by the arguments. */
  t?: Translate;
}

export type Translate = (message: string, ...args: (string | number)[]) => string;

const identity: Translate = (m, ...args) => m.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));

/** Plain-text rendering of the small TeX used for ranges: `[-\\tfrac{3}{8}, \\infty)` -> `[−3/8, ∞)`. */
export function texToText(tex: string): string {
  return tex
    .replace(/\\t?frac\{([^{}]*)\}\{([^{}]*)\}/g, '$1/$2')
    .replace(/\\infty/g, '∞')
    .replace(/\\approx\s*/g, '≈')
    .replace(/\\cup/g, '∪')
    .replace(/\\alpha/g, 'α')
    .replace(/\\lambda/g, 'λ')
    .replace(/\\([{}])/g, '$1')
    .replace(/-/g, '−')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface FormulaSvg {
  svg: string;
  width: number;
  height: number;
}

/** Markdown image; the alt text keeps the information for screen readers and when images are off. */
function image(svg: string, alt: string): string {
  return `![${escapeAlt(alt)}](${svgDataUri(svg)})`;
}

function escapeAlt(s: string): string {
  return s.replace(/[\\[\]]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

/** Escapes Markdown in plain text (names, notes) written into the hover. */
export function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`);
}

export function formatNumber(v: number): string {
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  if (Number.isInteger(v) || Math.abs(v) >= 1e-3) return String(Number(v.toPrecision(6)));
  return v.toExponential();
}

function propertyLine(p: Properties, t: Translate): string {
  const sat =
    p.saturation.left && p.saturation.right
      ? t('saturates on both sides')
      : p.saturation.left
        ? t('saturates on the left')
        : p.saturation.right
          ? t('saturates on the right')
          : t('does not saturate');
  const smooth =
    p.smoothness === 'C∞'
      ? t('smooth')
      : p.smoothness === 'discontinuous'
        ? t('discontinuous')
        : p.smoothness === 'C0'
          ? t('continuous with kinks')
          : t('{0} (second derivative jumps)', p.smoothness);
  return [
    t('range {0}', texToText(p.rangeTex)),
    p.monotonic ? t('monotonic') : t('not monotonic'),
    smooth,
    p.zeroCentred ? t('zero-centred') : t('not zero-centred'),
    sat,
  ].join(' · ');
}

export function buildHoverMarkdown(h: HoverInput): string {
  const { act, params } = h;
  const t = h.t ?? identity;
  const name = h.name ?? act.name;
  const out: string[] = [];
  out.push(`**${escapeMd(name)}** · ${escapeMd(h.frameworkLabel)} · \`${h.alias.replace(/`/g, '')}\``);
  out.push('');
  out.push(escapeMd(h.description ?? act.description));
  out.push('');
  if (h.formulas) {
    const c = h.palette.text;
    out.push(image(recolourSvg(h.formulas.f.svg, c), act.tex.f));
    out.push('');
    out.push(image(recolourSvg(h.formulas.df.svg, c), act.tex.df));
  } else {
    out.push('```tex', act.tex.f, act.tex.df, '```');
  }
  if (act.params.length) {
    out.push('');
    out.push(`| ${t('Parameter')} | ${t('Here')} | ${t('{0} default', escapeMd(h.frameworkLabel))} |`);
    out.push('|---|---|---|');
    for (const spec of act.params) {
      const here = h.nonliteral.includes(spec.name) ? t('*expression* (plotted at {0})', formatNumber(params[spec.name])) : formatNumber(params[spec.name]);
      const def = h.frameworkDefaults[spec.name] ?? spec.default;
      out.push(`| \`${spec.name}\` | ${here} | ${formatNumber(def)} |`);
    }
  }
  // Literal parameters can be out of the function's domain (nn.CELU(alpha=0)): say so instead of plotting.
  const valid = validateParams(act.id, params);
  out.push('');
  if (!valid.ok) {
    const errors = valid.errors.map((e) => localiseMessage(e, (template, args) => t(template, ...args)));
    out.push(`$(error) ${escapeMd(t('These parameters are outside the domain: {0}', errors.join(' ')))}`);
    out.push('');
  } else if (h.showPlot) {
    const plot = miniPlot(act, valid.value, h.palette, name, t);
    out.push(image(plot.svg, plot.alt));
    out.push('');
  }
  out.push(escapeMd(propertyLine(act.properties(valid.ok ? valid.value : undefined), t)));
  if (h.notes.length) {
    out.push('');
    for (const n of h.notes) out.push(`- ⚠ ${escapeMd(n)}`);
  }
  if (h.plotCommand && valid.ok) {
    out.push('');
    out.push(`[${t('Open in plot')}](${h.plotCommand} "${t('Plot {0} with these parameters', escapeMd(name))}")`);
  }
  return out.join('\n');
}
