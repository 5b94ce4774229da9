// Composition root: wires providers and commands. Features live in their own modules.
import * as vscode from 'vscode';
import { registerPlot } from './plot';
import { textOf } from './hover/documentText';
import { registerHover, type Resolve } from './hover/hoverProvider';
import { createResolver } from './recognize';

export function activate(context: vscode.ExtensionContext): void {
  const resolver = createResolver();
  const resolve: Resolve = (document, position) =>
    resolver.resolveAt(textOf(document), document.offsetAt(position), document.languageId, `${document.uri.toString()}@${document.version}`);
  context.subscriptions.push(vscode.workspace.onDidCloseTextDocument((d) => resolver.forget(d.uri.toString())));
  registerHover(context, { resolve });
  const plot = registerPlot(context);
  void plot; // for the plot-at-cursor command and hover links (lead)
}

export function deactivate(): void {}
