// The webview's side of the VS Code API, typed with the protocol.
import type { FromWebview, PlotState } from '../src/plot/protocol';

export interface WebviewApi {
  postMessage(message: FromWebview): void;
  /** What the last setState stored: survives hiding the panel and reloading the window. Untrusted shape. */
  getState(): unknown;
  setState(state: PlotState): void;
}

declare function acquireVsCodeApi(): WebviewApi;

/** acquireVsCodeApi may be called once per page; every module goes through this one instance. */
export function vscodeApi(): WebviewApi {
  return acquireVsCodeApi();
}
