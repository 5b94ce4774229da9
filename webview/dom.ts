// A tiny element builder: attributes only (no inline style attributes: the CSP forbids them), children as
// nodes or text. Text always goes through text nodes, never through innerHTML.

type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

export function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the plot HTML`);
  return el as T;
}

/**
 * Parses an SVG document from the host (a typeset formula) into a node for this document. Anything that
 * could run or load (scripts, foreignObject, event handlers, external references) and style attributes
 * (the CSP would refuse them) are removed; null if it does not parse as SVG.
 */
export function importSvg(svgText: string): SVGSVGElement | null {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg' || doc.getElementsByTagName('parsererror').length) return null;
  for (const bad of [...root.querySelectorAll('script, foreignObject, iframe, image, a')]) bad.remove();
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      const external = (name === 'href' || name === 'xlink:href') && !attr.value.startsWith('#');
      if (name.startsWith('on') || name === 'style' || external) el.removeAttribute(attr.name);
    }
  }
  return document.importNode(root, true) as unknown as SVGSVGElement;
}
