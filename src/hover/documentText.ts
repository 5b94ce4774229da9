// A document's text, read once per version: the recognizer builds its import table from it once per version,
// and a hover then reads only the statement under the cursor. getText() copies the whole document, so it must
// not run on every hover.
import type * as vscode from 'vscode';

const cache = new WeakMap<vscode.TextDocument, { version: number; text: string }>();

export function textOf(document: vscode.TextDocument): string {
  const hit = cache.get(document);
  if (hit && hit.version === document.version) return hit.text;
  const text = document.getText();
  cache.set(document, { version: document.version, text });
  return text;
}
