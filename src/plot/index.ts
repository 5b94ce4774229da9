// The plot feature: the `activationLens.plot` command, the panel (one, reused), its restore after a reload,
// and `PlotApi` for the rest of the extension (plot at cursor, hover links).
import * as vscode from 'vscode';
import { presetState } from './defaults';
import { PlotPanel, type ExportFormat } from './plotPanel';
import { PLOT_VIEW_TYPE, type PlotState } from './protocol';
import { pickActivation } from './quickPick';
import { localErrors } from './strings';
import { checkPlotState, checkPreset } from './validate';

export { PLOT_VIEW_TYPE } from './protocol';

/** Command ids (the first is contributed in package.json; the export command is for code and tests). */
export const PLOT_COMMAND = 'activationLens.plot';
export const PLOT_EXPORT_COMMAND = 'activationLens.plot.export';

/** One activation to plot; parameters missing here take their defaults (±Infinity allowed). */
export interface PlotPreset {
  readonly id: string;
  readonly params?: Readonly<Record<string, number>>;
}

export interface PlotShowOptions {
  /** Keep the keyboard focus where it is (e.g. in the editor, for "plot at cursor"). */
  readonly preserveFocus?: boolean;
}

export interface PlotApi {
  /**
   * Opens the plot panel, or reveals the open one, showing `preset` (one activation or several overlaid).
   * Without a preset it reveals the panel as it is (a new panel plots ReLU). Returns false, after telling
   * the user why, when the preset names an unknown activation or parameters outside its domain.
   */
  show(preset?: PlotPreset | readonly PlotPreset[], options?: PlotShowOptions): boolean;
}

const FALLBACK_PRESET = [{ id: 'relu', params: {} }];

export function registerPlot(context: vscode.ExtensionContext): PlotApi {
  let panel: PlotPanel | undefined;

  function adopt(p: PlotPanel): PlotPanel {
    panel = p;
    p.onDidDispose(() => {
      if (panel === p) panel = undefined;
    });
    return p;
  }

  function show(preset?: unknown, options: PlotShowOptions = {}): boolean {
    const preserveFocus = options.preserveFocus ?? false;
    if (preset === undefined) {
      if (panel) panel.reveal(preserveFocus);
      else adopt(PlotPanel.create(context.extensionUri, presetState(undefined, FALLBACK_PRESET), preserveFocus));
      return true;
    }
    const curves = checkPreset(preset);
    if (!curves.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot plot that: {0}', localErrors(curves.errors).join(' ')));
      return false;
    }
    if (panel) {
      panel.setState(presetState(panel.current, curves.value));
      panel.reveal(preserveFocus);
    } else {
      adopt(PlotPanel.create(context.extensionUri, presetState(undefined, curves.value), preserveFocus));
    }
    return true;
  }

  async function plotCommand(arg?: unknown): Promise<boolean> {
    if (arg !== undefined) return show(arg);
    const id = await pickActivation();
    return id ? show({ id }) : false;
  }

  /** `{ format: 'png' | 'csv', path?: string }`: writes to `path` (absolute) or asks with a save dialog. */
  async function exportCommand(arg?: unknown): Promise<string | undefined> {
    const a = (typeof arg === 'object' && arg !== null ? arg : {}) as { format?: unknown; path?: unknown };
    if (a.format !== 'png' && a.format !== 'csv') throw new Error(`${PLOT_EXPORT_COMMAND}: format must be 'png' or 'csv'.`);
    if (a.path !== undefined && (typeof a.path !== 'string' || !a.path.startsWith('/'))) {
      throw new Error(`${PLOT_EXPORT_COMMAND}: path must be an absolute path.`);
    }
    if (!panel) throw new Error(`${PLOT_EXPORT_COMMAND}: no plot is open.`);
    const uri = await panel.export(a.format as ExportFormat, a.path ? vscode.Uri.file(a.path) : undefined);
    return uri?.fsPath;
  }

  context.subscriptions.push(
    vscode.commands.registerCommand(PLOT_COMMAND, plotCommand),
    vscode.commands.registerCommand(PLOT_EXPORT_COMMAND, exportCommand),
    vscode.window.registerWebviewPanelSerializer(PLOT_VIEW_TYPE, {
      async deserializeWebviewPanel(webviewPanel: vscode.WebviewPanel, saved: unknown): Promise<void> {
        // The saved state comes from the webview: untrusted. A bad one falls back to a fresh plot.
        const checked = checkPlotState(saved);
        const state: PlotState = checked.ok ? checked.value : presetState(undefined, FALLBACK_PRESET);
        if (panel) {
          // Only one plot panel: a second restored one (two windows' worth of state) is closed.
          webviewPanel.dispose();
          return;
        }
        adopt(PlotPanel.restore(webviewPanel, context.extensionUri, state));
      },
    }),
  );

  return { show: (preset, options) => show(preset, options) };
}
