// Chart colours and fonts from the VS Code theme (the --vscode-* CSS variables VS Code sets on the webview).
// Pure apart from the `read` callback, so it is unit-tested in Node.

/** Per-curve colours, in order; the CSS (swatches) uses the same variables via `curveColourVar`. */
export const PALETTE: readonly (readonly [cssVar: string, fallback: string])[] = [
  ['--vscode-charts-blue', '#3794ff'],
  ['--vscode-charts-red', '#f14c4c'],
  ['--vscode-charts-green', '#89d185'],
  ['--vscode-charts-yellow', '#cca700'],
  ['--vscode-charts-purple', '#b180d7'],
  ['--vscode-charts-orange', '#d18616'],
  ['--vscode-terminal-ansiCyan', '#11a8cd'],
  ['--vscode-terminal-ansiMagenta', '#bc3fbc'],
];

export function curveColourVar(index: number): string {
  const [v, fallback] = PALETTE[index % PALETTE.length];
  return `var(${v}, ${fallback})`;
}

export interface ChartTheme {
  readonly palette: readonly string[];
  readonly foreground: string;
  readonly background: string;
  readonly grid: string;
  /** The x = 0 and y = 0 lines. */
  readonly axis: string;
  readonly fontFamily: string;
  readonly fontSize: number;
  /** Width of f; derivatives are drawn the same width, dashed. */
  readonly lineWidth: number;
  readonly highContrast: boolean;
}

/** Dash patterns telling f, f' and f'' apart without colour (the legend and the toggles show them too). */
export const DASHES = { f: [] as number[], df: [7, 4], d2f: [2, 3] } as const;

/**
 * Reads the theme. `read(name)` returns a CSS custom property's value ('' when unset: the bench page, tests);
 * `bodyClass` is document.body.className (vscode-light / vscode-dark / vscode-high-contrast[-light]).
 */
export function readTheme(read: (name: string) => string, bodyClass: string): ChartTheme {
  const get = (name: string, fallback: string) => read(name).trim() || fallback;
  const highContrast = /\bvscode-high-contrast\b/.test(bodyClass) || /\bvscode-high-contrast-light\b/.test(bodyClass);
  const light = /\bvscode-light\b/.test(bodyClass) || /\bvscode-high-contrast-light\b/.test(bodyClass);
  const foreground = get('--vscode-editor-foreground', get('--vscode-foreground', light ? '#1f1f1f' : '#cccccc'));
  const contrastBorder = read('--vscode-contrastBorder').trim();
  const size = parseFloat(get('--vscode-editor-font-size', '12'));
  return {
    palette: PALETTE.map(([v, fallback]) => get(v, fallback)),
    foreground,
    background: get('--vscode-editor-background', light ? '#ffffff' : '#1e1e1e'),
    grid: highContrast && contrastBorder ? contrastBorder : get('--vscode-editorRuler-foreground', light ? '#d3d3d3' : '#5a5a5a'),
    axis: highContrast ? foreground : get('--vscode-editorLineNumber-foreground', light ? '#6e7681' : '#858585'),
    fontFamily: get('--vscode-editor-font-family', 'monospace'),
    fontSize: Number.isFinite(size) && size >= 8 && size <= 32 ? size : 12,
    lineWidth: highContrast ? 3 : 2,
    highContrast,
  };
}
