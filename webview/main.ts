// Webview entry point (the plot panel): reads what the host put in the HTML and starts the app.
import { checkPlotState } from '../src/plot/validate';
import type { PlotInit } from '../src/plot/protocol';
import { MARKS, PlotApp } from './app';
import { vscodeApi } from './vscodeApi';
import './style.css';

performance.mark(MARKS.start);

function readInit(): PlotInit {
  const raw = document.body.dataset.init;
  if (!raw) throw new Error('The plot HTML carries no data-init.');
  const init = JSON.parse(raw) as PlotInit;
  if (!init.strings || !checkPlotState(init.state).ok) throw new Error('The plot HTML carries a malformed data-init.');
  return init;
}

try {
  new PlotApp(vscodeApi(), readInit()).start();
} catch (err) {
  const box = document.getElementById('error');
  if (box) {
    box.textContent = err instanceof Error ? err.message : String(err);
    box.hidden = false;
  }
  throw err;
}
