// One card per plotted activation: name and colour, a slider plus a number field for every parameter, the
// typeset formula, its properties and its names and defaults in each framework.
import { getActivation, type ParamSpec } from '../src/core';
import { format, type ActivationDetails, type CurveState, type PlotStrings } from '../src/plot/protocol';
import { decodeParams } from '../src/plot/validate';
import { h, importSvg } from './dom';
import { paramText, parseNumber, texToText } from './format';
import { activationDescription, activationName, paramDescription } from './l10n';
import { paramValue, sliderRange } from './model';
import { curveColourVar } from './theme';

export interface CardEvents {
  /** A new value for a parameter (from the slider or a well-formed number in the field). */
  param(index: number, name: string, value: number): void;
  resetParams(index: number): void;
  remove(index: number): void;
  copyTex(id: string, which: 'f' | 'df'): void;
}

interface ParamControls {
  spec: ParamSpec;
  slider: HTMLInputElement;
  text: HTMLInputElement;
  error: HTMLElement;
}

export class CurveCard {
  readonly root: HTMLElement;
  private readonly controls: ParamControls[] = [];
  private readonly props: HTMLElement;
  private readonly formula: HTMLElement;
  private readonly frameworks: HTMLElement;
  private curve: CurveState;

  constructor(
    readonly index: number,
    curve: CurveState,
    private readonly s: PlotStrings,
    private readonly events: CardEvents,
  ) {
    this.curve = curve;
    const act = getActivation(curve.id);
    const name = activationName(s, curve.id);
    const titleId = `curve-${index}-title`;
    const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.backgroundColor = curveColourVar(index); // CSSOM, which the CSP allows
    const remove = h('button', { type: 'button', class: 'icon-button remove', 'aria-label': format(s.remove, name), title: format(s.remove, name) }, '✕');
    remove.addEventListener('click', () => events.remove(this.index));

    const params = h('div', { class: 'params', role: 'group', 'aria-label': `${name}: ${s.parameters}` });
    for (const spec of act?.params ?? []) params.append(this.paramRow(spec, name));
    if (!act?.params.length) params.append(h('p', { class: 'help' }, s.noParameters));
    else {
      const reset = h('button', { type: 'button', class: 'secondary' }, s.resetParameters);
      reset.addEventListener('click', () => events.resetParams(this.index));
      params.append(reset);
    }

    this.formula = h('div', { class: 'formula', 'aria-label': s.formula }, h('p', { class: 'help' }, s.loading));
    this.props = h('dl', { class: 'properties' });
    this.frameworks = h('div', { class: 'frameworks' });

    this.root = h(
      'section',
      { class: 'curve', 'aria-labelledby': titleId, 'data-id': curve.id },
      h('header', {}, swatch, h('h2', { id: titleId }, name), h('code', { class: 'curve-id' }, curve.id), remove),
      act ? h('p', { class: 'description' }, activationDescription(s, curve.id, act.description)) : null,
      params,
      this.formula,
      h('h3', {}, s.properties),
      this.props,
      this.frameworks,
    );
    this.update(curve);
  }

  private paramRow(spec: ParamSpec, actName: string): HTMLElement {
    const base = `c${this.index}-${spec.name}`;
    const { min, max, step } = sliderRange(spec);
    const slider = h('input', { type: 'range', id: `${base}-slider`, min, max, step, 'aria-describedby': `${base}-desc` });
    const text = h('input', {
      type: 'text',
      id: `${base}-value`,
      class: 'param-value',
      inputmode: 'decimal',
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-label': `${actName} ${spec.name}`,
      'aria-describedby': `${base}-desc ${base}-error`,
    });
    const error = h('span', { id: `${base}-error`, class: 'param-error', role: 'alert' });
    const controls: ParamControls = { spec, slider, text, error };
    this.controls.push(controls);

    slider.addEventListener('input', () => {
      const v = Number(slider.value);
      text.value = paramText(v);
      this.setInvalid(controls, undefined);
      this.events.param(this.index, spec.name, v);
    });
    text.addEventListener('input', () => {
      const v = parseNumber(text.value);
      if (Number.isNaN(v) || (!Number.isFinite(v) && !spec.allowInfinite)) {
        this.setInvalid(controls, this.s.notANumber);
        return;
      }
      this.setInvalid(controls, undefined);
      this.events.param(this.index, spec.name, v);
    });
    // On leaving the field, show the value the plot uses (a rejected entry reverts).
    text.addEventListener('change', () => {
      text.value = paramText(paramValue(this.curve, spec.name));
      this.setInvalid(controls, undefined);
    });
    text.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
      e.preventDefault();
      const cur = paramValue(this.curve, spec.name);
      const k = (e.shiftKey ? 10 : 1) * step * (e.key === 'ArrowUp' ? 1 : -1);
      const v = Number.isFinite(cur) ? Number((cur + k).toPrecision(12)) : cur;
      text.value = paramText(v);
      this.events.param(this.index, spec.name, v);
    });

    return h(
      'div',
      { class: 'param' },
      h('label', { for: `${base}-slider` }, h('code', {}, spec.name)),
      slider,
      text,
      h('span', { id: `${base}-desc`, class: 'param-desc' }, paramDescription(this.s, this.curve.id, spec)),
      error,
    );
  }

  /** Marks a parameter field as holding something the plot cannot use (or clears the mark). */
  setInvalid(c: ParamControls | string, message: string | undefined): void {
    const controls = typeof c === 'string' ? this.controls.find((x) => x.spec.name === c) : c;
    if (!controls) return;
    controls.error.textContent = message ?? '';
    if (message) controls.text.setAttribute('aria-invalid', 'true');
    else controls.text.removeAttribute('aria-invalid');
  }

  /** Shows `curve`'s values (fields being edited keep what is typed) and its properties for them. */
  update(curve: CurveState): void {
    this.curve = curve;
    for (const c of this.controls) {
      const v = paramValue(curve, c.spec.name);
      const { min, max } = sliderRange(c.spec);
      c.slider.value = String(Math.min(max, Math.max(min, Number.isFinite(v) ? v : v > 0 ? max : min)));
      c.slider.setAttribute('aria-valuetext', paramText(v));
      if (document.activeElement !== c.text) c.text.value = paramText(v);
      if (c.error.textContent && document.activeElement !== c.text) this.setInvalid(c, undefined);
    }
    this.renderProperties();
  }

  private renderProperties(): void {
    const act = getActivation(this.curve.id);
    if (!act) return;
    const s = this.s;
    let p;
    try {
      p = act.properties(decodeParams(this.curve.params));
    } catch {
      return;
    }
    const sat = p.saturation.left && p.saturation.right ? s.saturatesBoth : p.saturation.left ? s.saturatesLeft : p.saturation.right ? s.saturatesRight : s.saturatesNone;
    const rows: [string, string][] = [
      [s.range, texToText(p.rangeTex)],
      [s.monotonic, p.monotonic ? s.yes : s.no],
      [s.smoothness, p.smoothness === 'discontinuous' ? (s.discontinuous ?? p.smoothness) : p.smoothness],
      [s.zeroCentred, p.zeroCentred ? s.yes : s.no],
      [s.saturation, sat],
    ];
    this.props.replaceChildren(...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
  }

  /** Formula and framework table, once the host sent them. */
  setDetails(d: ActivationDetails): void {
    const s = this.s;
    const parts: Node[] = [];
    for (const which of ['f', 'df'] as const) {
      const f = d.formula?.[which];
      const svg = f && importSvg(f.svg);
      const copy = h('button', { type: 'button', class: 'secondary copy-tex' }, which === 'f' ? s.copyTexF : s.copyTexDf);
      copy.addEventListener('click', () => this.events.copyTex(d.id, which));
      if (svg) {
        svg.setAttribute('role', 'img');
        svg.setAttribute('aria-label', which === 'f' ? s.f : s.df);
        svg.classList.add('tex');
      }
      parts.push(h('div', { class: 'formula-row' }, svg ? h('div', { class: 'tex-box' }, svg) : null, copy));
    }
    this.formula.replaceChildren(...parts);

    if (!d.frameworks.length) {
      this.frameworks.replaceChildren();
      return;
    }
    const rows = d.frameworks.map((fw) => {
      const defaults = Object.entries(fw.defaults).map(([k, v]) => `${k}=${typeof v === 'number' ? paramText(v) : v === 'Infinity' ? 'inf' : '-inf'}`);
      return h(
        'tr',
        {},
        h('th', { scope: 'row' }, fw.framework),
        h('td', {}, ...fw.names.flatMap((n, i) => [i ? ', ' : '', h('code', {}, n)])),
        h('td', {}, defaults.length ? h('code', {}, defaults.join(', ')) : s.none),
      );
    });
    const table = h(
      'table',
      { class: 'framework-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, s.framework), h('th', { scope: 'col' }, s.names), h('th', { scope: 'col' }, s.defaults))),
      h('tbody', {}, ...rows),
    );
    const notes = d.notes.length ? h('ul', { class: 'notes' }, ...d.notes.map((n) => h('li', {}, n))) : null;
    this.frameworks.replaceChildren(h('details', {}, h('summary', {}, s.frameworks), table, notes));
  }

  /** Focus target after a neighbour was removed. */
  focus(): void {
    (this.controls[0]?.slider ?? this.root.querySelector('button'))?.focus();
  }
}
