// Composition root: wires providers and commands. Features live in their own modules.
import * as vscode from 'vscode';
import { PLOT_COMMAND, registerPlot } from './plot';
import { registerPlotAtCursor } from './plotAtCursor';
import { textOf } from './hover/documentText';
import { registerHover, type Resolve } from './hover/hoverProvider';
import { createResolver } from './recognize';
import { registerWalkthrough } from './walkthrough';

export function activate(context: vscode.ExtensionContext): void {
  const resolver = createResolver();
  const resolve: Resolve = (document, position) =>
    resolver.resolveAt(textOf(document), document.offsetAt(position), document.languageId, `${document.uri.toString()}@${document.version}`);
  context.subscriptions.push(vscode.workspace.onDidCloseTextDocument((d) => resolver.forget(d.uri.toString())));
  const plot = registerPlot(context);
  registerHover(context, { resolve, plotCommand: PLOT_COMMAND });
  registerPlotAtCursor(context, resolve, plot);
  registerWalkthrough(context);
}

export function deactivate(): void {}
