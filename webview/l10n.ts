// The catalogue's text and validation messages in the display language: the host sends what differs from the
// core's English (PlotStrings.catalogue and .messages); everything else is shown as the core has it.
import { getActivation, type ParamSpec } from '../src/core';
import type { PlotStrings } from '../src/plot/protocol';
import { localiseMessages } from '../src/plot/translations';

export function activationName(s: PlotStrings, id: string): string {
  return s.catalogue?.[id]?.name ?? getActivation(id)?.name ?? id;
}

export function activationDescription(s: PlotStrings, id: string, english: string): string {
  return s.catalogue?.[id]?.description ?? english;
}

export function paramDescription(s: PlotStrings, id: string, spec: ParamSpec): string {
  return s.catalogue?.[id]?.params?.[spec.name] ?? spec.description;
}

/** Validation errors as one line, translated where they have a known form. */
export function errorText(s: PlotStrings, errors: readonly string[]): string {
  return localiseMessages(errors, s.messages).join(' ');
}
