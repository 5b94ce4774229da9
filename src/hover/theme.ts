// Colours for images drawn by the host (typeset formulas, mini plots). An <img> cannot inherit CSS colours,
// so they are baked in per theme kind; values follow VS Code's default themes of each kind.

/** Mirrors vscode.ColorThemeKind (Light = 1, Dark = 2, HighContrast = 3, HighContrastLight = 4). */
export type ThemeKind = 1 | 2 | 3 | 4;

export interface ImagePalette {
  /** Formula text and axis labels. */
  text: string;
  /** Axes and grid. */
  axis: string;
  /** f */
  f: string;
  /** f' */
  df: string;
  /** High contrast: thicker lines. */
  strokeWidth: number;
}

const palettes: Record<ThemeKind, ImagePalette> = {
  1: { text: '#1f1f1f', axis: '#8a8a8a', f: '#0066b8', df: '#b5200d', strokeWidth: 1.75 },
  2: { text: '#d4d4d4', axis: '#6b6b6b', f: '#4fc1ff', df: '#f48771', strokeWidth: 1.75 },
  3: { text: '#ffffff', axis: '#ffffff', f: '#00ffff', df: '#ffff00', strokeWidth: 2.5 },
  4: { text: '#000000', axis: '#000000', f: '#0f4a85', df: '#b5200d', strokeWidth: 2.5 },
};

export function paletteFor(kind: number): ImagePalette {
  return palettes[(kind >= 1 && kind <= 4 ? kind : 2) as ThemeKind];
}

/** A data: URI of an SVG document, as VS Code's hover renderer accepts (inline <svg> is stripped). */
export function svgDataUri(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let bin = '';
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
  return `data:image/svg+xml;base64,${btoa(bin)}`;
}

/** MathJax draws in currentColor; an image needs the colour written in. */
export function recolourSvg(svg: string, colour: string): string {
  return svg.replaceAll('currentColor', colour);
}
