// The module generated at build time by scripts/build/texPlugin.mjs (esbuild plugin): every activation's TeX
// typeset to SVG by MathJax, so the runtime bundles carry SVG strings and no TeX engine.
// IMPORT IT FROM THE EXTENSION HOST ONLY: all formulas weigh ~220 KB minified, which would break the webview's
// 250 KB bundle budget. The host sends the webview the SVGs of the functions it shows (in a protocol message).
declare module 'virtual:tex-svgs' {
  /** One activation's formula f and derivative df as standalone SVG documents with their pixel sizes. */
  export interface TexSvgEntry {
    /**
     * `<svg xmlns=... width="Wpx" height="Hpx" viewBox=...>`: glyphs in its own <defs> (ids unique per formula),
     * drawn in `currentColor`. For an <img>/data: URI replace every `currentColor` with a concrete colour first
     * (in an image document currentColor is black). ASCII only, so `btoa` works on it.
     */
    readonly f: string;
    /** Natural width/height of `f` in CSS px (TEX_EX_PX px per ex, with a 0.25 ex blank margin all round). */
    readonly fWidth: number;
    readonly fHeight: number;
    /** The derivative, same form as `f`. */
    readonly df: string;
    readonly dfWidth: number;
    readonly dfHeight: number;
  }
  /** Pixels per TeX ex used for the sizes (8: display math beside VS Code's 13px hover text). */
  export const TEX_EX_PX: number;
  /** Keyed by activation id (`activations[i].id` of src/core). */
  export const texSvgs: Readonly<Record<string, TexSvgEntry>>;
}
