// The messages between the plot panel's host side (src/plot/plotPanel.ts) and its webview (webview/main.ts),
// and the state they carry. One module shared by both sides; no `vscode`, no DOM. Everything crossing the
// boundary is JSON (postMessage, getState/setState), so values are plain data and ±Infinity travels as a string.
// Both sides check what they receive with the pure functions in ./validate.ts.
import type { Family } from '../core';
import type { CatalogueText } from './translations';

/** The panel's view type: the serializer, the `onWebviewPanel:` activation event and the tab all use it. */
export const PLOT_VIEW_TYPE = 'activationLens.plot';

/** Most activations one plot overlays (each with its own parameters). */
export const MAX_CURVES = 8;

/** Points sampled per curve, for the chart and for CSV export. */
export const SAMPLES = 2001;

/** f, its first and its second derivative: the three curves each activation can show. */
export type Derivative = 'f' | 'df' | 'd2f';
export const DERIVATIVES: readonly Derivative[] = ['f', 'df', 'd2f'];

/**
 * A parameter value as JSON can carry it: JSON has no Infinity, and `Infinity` is a meaningful value for
 * some parameters (softplus `threshold`), so ±Infinity is written as the strings 'Infinity' / '-Infinity'.
 */
export type ParamValue = number | 'Infinity' | '-Infinity';

/** One plotted activation: its catalogue id and the parameters that differ from (or restate) its defaults. */
export interface CurveState {
  readonly id: string;
  readonly params: Readonly<Record<string, ParamValue>>;
}

/** A closed interval with min < max. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/** Everything that defines what the plot shows; persisted by the webview (setState) and restored on reload. */
export interface PlotState {
  readonly curves: readonly CurveState[];
  /** Which of f, f', f'' are drawn (for every curve). */
  readonly show: Readonly<Record<Derivative, boolean>>;
  readonly x: Range;
  /** null: fitted to the curves on screen. */
  readonly y: Range | null;
}

/** A typeset formula (SVG drawn in `currentColor`, from the build-time `virtual:tex-svgs` module). */
export interface FormulaSvg {
  readonly svg: string;
  /** Natural size in CSS px. */
  readonly width: number;
  readonly height: number;
}

/** How one framework spells an activation and what its defaults are there. */
export interface FrameworkEntry {
  /** Display name, e.g. 'PyTorch'. */
  readonly framework: string;
  readonly names: readonly string[];
  readonly defaults: Readonly<Record<string, ParamValue>>;
}

/** Reference data about one activation that the webview does not bundle (it would double the bundle). */
export interface ActivationDetails {
  readonly id: string;
  /** f and f' typeset; absent when the build has no SVG for this id yet. */
  readonly formula?: { readonly f: FormulaSvg; readonly df: FormulaSvg };
  readonly frameworks: readonly FrameworkEntry[];
  /** Where frameworks disagree, in short sentences. */
  readonly notes: readonly string[];
}

/** Host -> webview. */
export type ToWebview =
  /** Replace what is plotted (a preset from a command, a link or the lead's "plot at cursor"). */
  | { readonly type: 'setState'; readonly state: PlotState }
  /** Answer to `requestDetails`: formulas and framework defaults for the ids asked for (unknown ids are left out). */
  | { readonly type: 'details'; readonly entries: readonly ActivationDetails[] }
  /** A line for the panel's status area: an export finished, a copy happened, or the host refused a message. */
  | { readonly type: 'status'; readonly level: 'info' | 'error'; readonly text: string }
  /** The host wants the chart as a PNG (the export command); the webview answers with `png` and the same id. */
  | { readonly type: 'renderPng'; readonly requestId: number };

/** Webview -> host. Untrusted: the host validates every one (./validate.ts `parseFromWebview`). */
export type FromWebview =
  /** The script ran and painted its first chart; messages sent before this may have been lost. */
  | { readonly type: 'ready' }
  /** The user changed the plot; the host keeps the latest good state (CSV export, presets keep the view). */
  | { readonly type: 'stateChanged'; readonly state: PlotState }
  /** Formulas and framework data for these activation ids, please (answered with `details`). */
  | { readonly type: 'requestDetails'; readonly ids: readonly string[] }
  /** The user pressed "Export PNG": save this image (a `data:image/png;base64,` URL) through a save dialog. */
  | { readonly type: 'exportPng'; readonly dataUrl: string }
  /** The user pressed "Export CSV": the host samples this state itself and saves the table. */
  | { readonly type: 'exportCsv'; readonly state: PlotState }
  /** Copy the TeX of an activation's f or f' to the clipboard (the host looks the TeX up; no text is sent). */
  | { readonly type: 'copyTex'; readonly id: string; readonly which: 'f' | 'df' }
  /** Answer to `renderPng`. */
  | { readonly type: 'png'; readonly requestId: number; readonly dataUrl: string };

/**
 * Every user-visible string of the webview. The host fills it (with `vscode.l10n.t`) and passes it in the
 * HTML, so the webview bundle holds no English.
 */
export interface PlotStrings {
  readonly title: string;
  readonly show: string;
  readonly f: string;
  readonly df: string;
  readonly d2f: string;
  readonly xRange: string;
  readonly yRange: string;
  readonly min: string;
  readonly max: string;
  readonly auto: string;
  readonly resetView: string;
  readonly exportPng: string;
  readonly exportCsv: string;
  readonly chartLabel: string;
  /** How to use the chart with mouse and keyboard. */
  readonly chartHelp: string;
  readonly readout: string;
  readonly readoutHint: string;
  readonly activation: string;
  readonly addActivation: string;
  readonly add: string;
  /** {0}: the activation's name. */
  readonly remove: string;
  readonly parameters: string;
  readonly resetParameters: string;
  readonly noParameters: string;
  readonly formula: string;
  readonly copyTexF: string;
  readonly copyTexDf: string;
  readonly properties: string;
  readonly range: string;
  readonly monotonic: string;
  readonly smoothness: string;
  readonly zeroCentred: string;
  readonly saturation: string;
  readonly yes: string;
  readonly no: string;
  readonly saturatesLeft: string;
  readonly saturatesRight: string;
  readonly saturatesBoth: string;
  readonly saturatesNone: string;
  readonly frameworks: string;
  readonly framework: string;
  readonly names: string;
  readonly defaults: string;
  readonly none: string;
  readonly noCurves: string;
  /** {0}: the most curves. */
  readonly tooManyCurves: string;
  readonly notANumber: string;
  /** {0}: the lower bound, {1}: the upper bound. */
  readonly badRange: string;
  readonly loading: string;
  /** The smoothness 'discontinuous' (C∞, C2, C1 and C0 are shown as they are). */
  readonly discontinuous?: string;
  /** Headings of the activation families, e.g. 'ReLU-like'. */
  readonly families: Readonly<Record<Family, string>>;
  /** Activation names and descriptions where the display language's differ from the core's English, by id. */
  readonly catalogue?: Readonly<Record<string, CatalogueText>>;
  /** Validation message templates, English -> display language (see ../plot/translations.ts). */
  readonly messages?: Readonly<Record<string, string>>;
}

/** What the HTML hands the webview script at start (a data attribute on <body>). */
export interface PlotInit {
  readonly strings: PlotStrings;
  /** The state to show when the webview has none saved (`getState()`): a new panel or a restored one. */
  readonly state: PlotState;
}

/** Fills {0}, {1}, ... in a string from PlotStrings. */
export function format(template: string, ...args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}
