// The plot panel's host side: one webview panel, its HTML, and the messages it exchanges with the webview
// (./protocol.ts). Every message from the webview is validated (./validate.ts) before anything acts on it;
// exports are computed or checked here and written with workspace.fs after a save dialog.
import * as vscode from 'vscode';
import { getActivation } from '../core';
import { plotCsv } from './csv';
import { activationDetails } from './details';
import { buildPlotHtml, makeNonce } from './html';
import { PLOT_VIEW_TYPE, type ActivationDetails, type FromWebview, type PlotState, type ToWebview } from './protocol';
import { localText, plotStrings } from './strings';
import { parseFromWebview, parsePngDataUrl } from './validate';

/** How long an export command waits for the webview to render a PNG. */
const PNG_TIMEOUT_MS = 20_000;

export type ExportFormat = 'png' | 'csv';

export class PlotPanel implements vscode.Disposable {
  private state: PlotState;
  /** True between the webview's `ready` and the panel being hidden (its document is then discarded). */
  private ready = false;
  private queue: ToWebview[] = [];
  private nextPngId = 1;
  private disposed = false;
  private readonly pngWaiters = new Map<number, (dataUrl: string | Error) => void>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  private readonly stateEmitter = new vscode.EventEmitter<PlotState>();
  /** Fires once, when the user closes the panel or the extension disposes it. */
  readonly onDidDispose = this.disposeEmitter.event;
  /** Fires when the webview reports a new (validated) state. */
  readonly onDidChangeState = this.stateEmitter.event;

  /** A new panel beside the active editor. */
  static create(extensionUri: vscode.Uri, state: PlotState, preserveFocus = false): PlotPanel {
    const viewColumn = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const panel = vscode.window.createWebviewPanel(PLOT_VIEW_TYPE, titleFor(state), { viewColumn, preserveFocus }, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')],
      // No retainContextWhenHidden: the webview saves its state with setState and rebuilds in ~100 ms.
    });
    return new PlotPanel(panel, extensionUri, state);
  }

  /** Adopts a panel VS Code restored after a reload (the serializer validated `state`). */
  static restore(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, state: PlotState): PlotPanel {
    return new PlotPanel(panel, extensionUri, state);
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    state: PlotState,
  ) {
    this.state = state;
    panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')] };
    panel.title = titleFor(state);
    panel.webview.html = this.html();
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m)),
      panel.onDidChangeViewState((e) => {
        if (!e.webviewPanel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  /** The latest validated state (what CSV export samples). */
  get current(): PlotState {
    return this.state;
  }

  private html(): string {
    const webview = this.panel.webview;
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    return buildPlotHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.css')).toString(),
      init: { strings: plotStrings(), state: this.state },
      lang: vscode.env.language,
    });
  }

  reveal(preserveFocus = false): void {
    this.panel.reveal(undefined, preserveFocus);
  }

  /** Shows `state` (validated by the caller): at once if the webview is up, else when it says `ready`. */
  setState(state: PlotState): void {
    this.state = state;
    this.panel.title = titleFor(state);
    this.post({ type: 'setState', state });
  }

  private post(msg: ToWebview): void {
    if (this.ready) {
      void this.panel.webview.postMessage(msg);
      return;
    }
    // Only the latest preset matters.
    if (msg.type === 'setState') this.queue = this.queue.filter((m) => m.type !== 'setState');
    this.queue.push(msg);
  }

  private status(level: 'info' | 'error', text: string): void {
    // Status lines are only useful on screen: never queued.
    if (this.ready) void this.panel.webview.postMessage({ type: 'status', level, text } satisfies ToWebview);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const parsed = parseFromWebview(raw);
    if (!parsed.ok) {
      console.warn(`[activation-lens] plot: rejected a webview message: ${parsed.errors.join(' ')}`);
      this.status('error', vscode.l10n.t('The plot sent something the extension cannot use: {0}', parsed.errors.join(' ')));
      return;
    }
    const msg: FromWebview = parsed.value;
    switch (msg.type) {
      case 'ready': {
        this.ready = true;
        const queued = this.queue;
        this.queue = [];
        for (const m of queued) void this.panel.webview.postMessage(m);
        break;
      }
      case 'stateChanged':
        this.state = msg.state;
        this.panel.title = titleFor(msg.state);
        this.stateEmitter.fire(msg.state);
        break;
      case 'requestDetails': {
        const entries = msg.ids.map((id) => activationDetails(id, localText)).filter((d): d is ActivationDetails => d !== undefined);
        this.post({ type: 'details', entries });
        break;
      }
      case 'exportPng':
        await this.savePng(msg.dataUrl);
        break;
      case 'exportCsv':
        this.state = msg.state;
        await this.saveCsv(msg.state);
        break;
      case 'copyTex': {
        const act = getActivation(msg.id);
        if (!act) return;
        await vscode.env.clipboard.writeText(act.tex[msg.which]);
        const name = localText(act.name);
        this.status('info', vscode.l10n.t('Copied the TeX of {0}.', msg.which === 'f' ? name : `${name}′`));
        break;
      }
      case 'png':
        this.pngWaiters.get(msg.requestId)?.(msg.dataUrl);
        this.pngWaiters.delete(msg.requestId);
        break;
    }
  }

  /**
   * Exports the plot. With `target` the file is written there (commands and tests); without, a save dialog
   * asks. Returns where it was written, or undefined when the user cancelled.
   */
  async export(format: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (format === 'csv') return this.saveCsv(this.state, target);
    const dataUrl = await this.renderPng();
    return this.savePng(dataUrl, target);
  }

  /** Asks the webview for the chart as PNG (showing the panel if it is hidden, so that it can draw). */
  private renderPng(): Promise<string> {
    const requestId = this.nextPngId++;
    if (!this.panel.visible) this.reveal(true);
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pngWaiters.delete(requestId);
        reject(new Error(vscode.l10n.t('The plot did not render a PNG within {0} s.', PNG_TIMEOUT_MS / 1000)));
      }, PNG_TIMEOUT_MS);
      this.pngWaiters.set(requestId, (r) => {
        clearTimeout(timer);
        if (r instanceof Error) reject(r);
        else resolve(r);
      });
      this.post({ type: 'renderPng', requestId });
    });
  }

  private async savePng(dataUrl: string, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const png = parsePngDataUrl(dataUrl);
    if (!png.ok) {
      this.status('error', png.errors.join(' '));
      return undefined;
    }
    const uri = target ?? (await this.askTarget('png', vscode.l10n.t('PNG image')));
    return uri && this.write(uri, png.value);
  }

  private async saveCsv(state: PlotState, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    let csv: string;
    try {
      csv = plotCsv(state);
    } catch (err) {
      this.status('error', err instanceof Error ? err.message : String(err));
      return undefined;
    }
    const uri = target ?? (await this.askTarget('csv', vscode.l10n.t('CSV table')));
    return uri && this.write(uri, new TextEncoder().encode(csv));
  }

  private async askTarget(ext: ExportFormat, filterName: string): Promise<vscode.Uri | undefined> {
    const name = `${this.state.curves.map((c) => c.id).join('-') || 'activation-plot'}.${ext}`;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: { [filterName]: [ext] },
      saveLabel: vscode.l10n.t('Export'),
      title: ext === 'png' ? vscode.l10n.t('Export the plot as PNG') : vscode.l10n.t('Export the sampled values as CSV'),
    });
  }

  private async write(uri: vscode.Uri, bytes: Uint8Array): Promise<vscode.Uri | undefined> {
    try {
      await vscode.workspace.fs.writeFile(uri, bytes);
    } catch (err) {
      const text = vscode.l10n.t('Could not write {0}: {1}', uri.fsPath, err instanceof Error ? err.message : String(err));
      this.status('error', text);
      void vscode.window.showErrorMessage(text);
      return undefined;
    }
    this.status('info', vscode.l10n.t('Saved {0}', uri.scheme === 'file' ? uri.fsPath : uri.toString()));
    return uri;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const w of this.pngWaiters.values()) w(new Error(vscode.l10n.t('The plot was closed.')));
    this.pngWaiters.clear();
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
    this.stateEmitter.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

/** "Plot: GELU, ELU" (names of the first three curves). */
export function titleFor(state: PlotState): string {
  const names = state.curves.map((c) => {
    const name = getActivation(c.id)?.name;
    return name ? localText(name) : c.id;
  });
  if (!names.length) return vscode.l10n.t('Activation Plot');
  const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')}, …` : names.join(', ');
  return vscode.l10n.t('Plot: {0}', shown);
}
