// Localisation of text that is not a literal in this extension's code: validation messages (built with values
// by the math core and ./validate.ts) and the catalogue's English data (names, descriptions, parameter
// descriptions, framework notes). The l10n bundle is keyed by the English text; the host looks each one up
// with vscode.l10n.t and hands the webview what differs. Pure: no `vscode`, no DOM (the webview uses it too).
import { activations } from '../core';

/** Translates an English template, filling {0}, {1}, ... with `args` (vscode.l10n.t on the host). */
export type TemplateTranslate = (template: string, args: readonly string[]) => string;

/**
 * English templates of the validation messages a user can meet: parameters outside an activation's domain
 * (in the hover, "Plot Activation at Cursor" and the plot's parameter fields) and the plot's range fields.
 * Each is the message with its values replaced by {0}, {1}, ...; the most specific first. Messages about
 * malformed command arguments or webview messages (programming errors) stay in English.
 */
export const MESSAGE_TEMPLATES: readonly string[] = [
  // The core's domain checks (src/core/activations/*.ts `validate`), prefixed with the activation id.
  '{0}: min_val ({1}) must be less than max_val ({2}).',
  '{0}: lower ({1}) must not exceed upper ({2}).',
  '{0}: lambd must be 0 or more (got {1}).',
  '{0}: alpha must not be 0: CELU divides x by alpha (PyTorch raises "ZeroDivisionError: alpha cannot be 0 for CELU").',
  '{0}: beta must be greater than 0 (got {1}).',
  '{0}: threshold may be Infinity (no switch to x) but not -Infinity.',
  '{0}: b must be 0 or more (got {1}): x² + b under the square root would be negative near x = 0.',
  // The core's parameter checks (src/core/validate.ts `checkParams`).
  'Parameters for {0} must be an object of numbers.',
  "{0} takes no parameters (got '{1}').",
  "{0} has no parameter '{1}' (it has: {2}).",
  '{0}: {1} must be a number (got {2}).',
  '{0}: {1} must be finite (got {2}).',
  // The plot's x and y range fields (./validate.ts `checkRange`); {0} is the axis, x or y.
  "The {0} range's min must be a finite number (got {1}).",
  "The {0} range's max must be a finite number (got {1}).",
  "The {0} range's min must be less than its max (got {1} and {2}).",
  'The {0} range must lie within ±{1} (got {2} to {3}).',
  'The {0} range {1} to {2} is too narrow to plot.',
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PATTERNS = MESSAGE_TEMPLATES.map((template) => ({
  template,
  re: new RegExp(`^${template.split(/\{\d+\}/).map(escapeRegExp).join('(.*?)')}$`, 's'),
  order: [...template.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1])),
}));

/** The template `message` was made from and its values, or undefined for a message of no known form. */
export function matchTemplate(message: string): { template: string; args: string[] } | undefined {
  for (const p of PATTERNS) {
    const m = p.re.exec(message);
    if (!m) continue;
    const args: string[] = [];
    p.order.forEach((index, k) => (args[index] = m[k + 1]));
    return { template: p.template, args };
  }
  return undefined;
}

/** `message` translated when it has a known form; otherwise unchanged (English). */
export function localiseMessage(message: string, translate: TemplateTranslate): string {
  const m = matchTemplate(message);
  return m ? translate(m.template, m.args) : message;
}

/** Fills {0}, {1}, ... of a template from `args`. */
export function fillTemplate(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? args[Number(i)] : m));
}

/** Messages translated with a table from English template to translated template (the webview's side). */
export function localiseMessages(messages: readonly string[], table: Readonly<Record<string, string>> | undefined): string[] {
  if (!table) return [...messages];
  return messages.map((m) =>
    localiseMessage(m, (template, args) => fillTemplate(Object.prototype.hasOwnProperty.call(table, template) ? table[template] : template, args)),
  );
}

/** Localised catalogue text of one activation: only what differs from the core's English. */
export interface CatalogueText {
  readonly name?: string;
  readonly description?: string;
  /** Parameter descriptions by parameter name. */
  readonly params?: Readonly<Record<string, string>>;
}

/** Every activation's localised text where it differs from English, by id (empty in English). */
export function catalogueText(text: (english: string) => string): Record<string, CatalogueText> {
  const out: Record<string, CatalogueText> = {};
  for (const a of activations) {
    const entry: { name?: string; description?: string; params?: Record<string, string> } = {};
    const name = text(a.name);
    if (name !== a.name) entry.name = name;
    const description = text(a.description);
    if (description !== a.description) entry.description = description;
    for (const p of a.params) {
      const d = text(p.description);
      if (d !== p.description) (entry.params ??= {})[p.name] = d;
    }
    if (Object.keys(entry).length) out[a.id] = entry;
  }
  return out;
}

/** English template -> translated template, for the templates whose translation differs (empty in English). */
export function messageTable(text: (english: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of MESSAGE_TEMPLATES) {
    const tr = text(t);
    if (tr !== t) out[t] = tr;
  }
  return out;
}
