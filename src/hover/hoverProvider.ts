// The hover: recognises the activation under the cursor and shows its formulas, a plot and its parameters.
import * as vscode from 'vscode';
import { texSvgs } from 'virtual:tex-svgs';
import { getActivation } from '../core';
import { defaultsFor, frameworkInfo, frameworkLabels, isActivationId } from '../core/frameworks';
import { SUPPORTED_LANGUAGE_IDS, type ActivationMatch } from '../recognize';
import { plotArgument } from '../plotAtCursor';
import { localText } from '../plot/strings';
import { hoverSettings } from '../settings';
import { buildHoverMarkdown, type FormulaSvg } from './hoverContent';
import { paletteFor } from './theme';

export type Resolve = (document: vscode.TextDocument, position: vscode.Position) => ActivationMatch | undefined;

export interface HoverOptions {
  resolve: Resolve;
  /** Command that opens the plot with a call site's parameters (absent until the plot is registered). */
  plotCommand?: string;
}

function formulasOf(id: string): { f: FormulaSvg; df: FormulaSvg } | undefined {
  const t = texSvgs[id];
  return t && { f: { svg: t.f, width: t.fWidth, height: t.fHeight }, df: { svg: t.df, width: t.dfWidth, height: t.dfHeight } };
}

export class ActivationHoverProvider implements vscode.HoverProvider {
  constructor(private readonly options: HoverOptions) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const settings = hoverSettings(document);
    if (!settings.enabled) return undefined;
    const match = this.options.resolve(document, position);
    if (!match || !isActivationId(match.id)) return undefined;
    const act = getActivation(match.id);
    if (!act) return undefined;
    const args = encodeURIComponent(JSON.stringify([plotArgument(match.id, match.params)]));
    const md = new vscode.MarkdownString(
      buildHoverMarkdown({
        act,
        params: match.params,
        frameworkDefaults: defaultsFor(match.id, match.framework, match.alias),
        nonliteral: match.nonliteral ?? [],
        frameworkLabel: frameworkLabels[match.framework],
        alias: match.alias ?? document.getText(new vscode.Range(document.positionAt(match.start), document.positionAt(match.end))),
        notes: frameworkInfo[match.id].notes.map(localText),
        name: localText(act.name),
        description: localText(act.description),
        formulas: formulasOf(match.id),
        palette: paletteFor(vscode.window.activeColorTheme.kind),
        showPlot: settings.showPlot,
        plotCommand: this.options.plotCommand && `command:${this.options.plotCommand}?${args}`,
        t: (message, ...a) => vscode.l10n.t(message, ...a),
      }),
    );
    md.supportThemeIcons = true; // $(error) before an out-of-domain parameter message
    if (this.options.plotCommand) md.isTrusted = { enabledCommands: [this.options.plotCommand] };
    return new vscode.Hover(md, new vscode.Range(document.positionAt(match.start), document.positionAt(match.end)));
  }
}

export function registerHover(context: vscode.ExtensionContext, options: HoverOptions): void {
  const provider = new ActivationHoverProvider(options);
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(
      // By language only (no scheme), so notebook cells and untitled files get the hover too.
      SUPPORTED_LANGUAGE_IDS.map((language) => ({ language })),
      provider,
    ),
  );
}
