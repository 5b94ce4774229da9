// The webview's strings, localised on the host with vscode.l10n (the webview bundle holds no English).
import * as vscode from 'vscode';
import type { Family } from '../core';
import { MAX_CURVES, type PlotStrings } from './protocol';
import { catalogueText, localiseMessage, messageTable } from './translations';

/**
 * The catalogue's English data (an activation's name, description, parameter descriptions, framework notes)
 * in the display language: the l10n bundle is keyed by the English text (English, or a missing key, is
 * returned unchanged).
 */
export function localText(english: string): string {
  return vscode.l10n.t(english);
}

/** Validation messages in the display language where they have a known form (./translations.ts). */
export function localErrors(errors: readonly string[]): string[] {
  return errors.map((e) => localiseMessage(e, (template, args) => vscode.l10n.t(template, ...args)));
}

export function familyTitles(): Record<Family, string> {
  return {
    'relu-like': vscode.l10n.t('ReLU-like'),
    'exponential-linear': vscode.l10n.t('Exponential linear'),
    'sigmoid-like': vscode.l10n.t('Sigmoid-like'),
    gated: vscode.l10n.t('Gated'),
    'softplus-like': vscode.l10n.t('Softplus-like'),
    'hard (piecewise linear)': vscode.l10n.t('Hard (piecewise linear)'),
    shrinkage: vscode.l10n.t('Shrinkage'),
    other: vscode.l10n.t('Other'),
  };
}

export function plotStrings(): PlotStrings {
  const t = vscode.l10n.t;
  return {
    title: t('Activation Plot'),
    show: t('Show'),
    f: t('f'),
    df: t("f′"),
    d2f: t("f″"),
    xRange: t('x range'),
    yRange: t('y range'),
    min: t('min'),
    max: t('max'),
    auto: t('auto'),
    resetView: t('Reset view'),
    exportPng: t('Export PNG…'),
    exportCsv: t('Export CSV…'),
    chartLabel: t('Plot of the activation functions'),
    chartHelp: t(
      'Drag to pan, wheel to zoom (Shift: x only, Alt: y only), double-click to reset. With the plot focused: ' +
        'Left/Right move the readout, Shift+arrows pan, + and − zoom, 0 resets.',
    ),
    readout: t('Values at'),
    readoutHint: t('Point at the plot (or focus it and use the arrow keys) to read the values.'),
    activation: t('Activation'),
    addActivation: t('Add activation'),
    add: t('Add'),
    remove: t('Remove {0}', '{0}'),
    parameters: t('Activations and parameters'),
    resetParameters: t('Default parameters'),
    noParameters: t('No parameters.'),
    formula: t('Formula'),
    copyTexF: t('Copy TeX of f'),
    copyTexDf: t("Copy TeX of f′"),
    properties: t('Properties'),
    range: t('Range'),
    monotonic: t('Monotonic'),
    smoothness: t('Smoothness'),
    zeroCentred: t('Zero-centred'),
    saturation: t('Saturation'),
    yes: t('yes'),
    no: t('no'),
    saturatesLeft: t('as x → −∞'),
    saturatesRight: t('as x → +∞'),
    saturatesBoth: t('on both sides'),
    saturatesNone: t('none'),
    frameworks: t('Names and defaults in each framework'),
    framework: t('Framework'),
    names: t('Names'),
    defaults: t('Defaults'),
    none: t('none'),
    noCurves: t('Nothing plotted: add an activation.'),
    tooManyCurves: t('At most {0} activations can be plotted together.', MAX_CURVES),
    notANumber: t('Not a number.'),
    badRange: t('Enter a min below the max (within ±{0}).', '{0}'),
    loading: t('Loading…'),
    discontinuous: t('discontinuous'),
    families: familyTitles(),
    catalogue: catalogueText(localText),
    messages: messageTable(localText),
  };
}
