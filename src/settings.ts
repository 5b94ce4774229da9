// Every setting of the extension, read in one place with its type. Hover settings are language-overridable,
// so `"[python]": { "activationLens.hover.enabled": false }` turns the hover off for one language.
import * as vscode from 'vscode';

export const SECTION = 'activationLens';

export interface HoverSettings {
  /** Show the activation hover at all. */
  enabled: boolean;
  /** Include the mini plot of f and f'. */
  showPlot: boolean;
}

/** Hover settings for a document (its language's overrides applied). */
export function hoverSettings(document: vscode.TextDocument): HoverSettings {
  const c = vscode.workspace.getConfiguration(SECTION, { uri: document.uri, languageId: document.languageId });
  return {
    enabled: c.get<boolean>('hover.enabled', true),
    showPlot: c.get<boolean>('hover.showPlot', true),
  };
}
