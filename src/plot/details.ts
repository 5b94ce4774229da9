// Reference data the webview shows but does not bundle: typeset formulas (virtual:tex-svgs, ~150 KB for the
// catalogue, more than the whole chart) and each framework's names and defaults. Sent on request, per id.
// Pure: no `vscode`.
import { texSvgs } from 'virtual:tex-svgs';
import { FRAMEWORKS, defaultsFor, frameworkInfo, frameworkLabels, isActivationId } from '../core/frameworks';
import { getActivation } from '../core';
import type { ActivationDetails, FrameworkEntry } from './protocol';
import { encodeParams } from './validate';

/** `text` gives the framework notes in the display language (the host's l10n lookup; English by default). */
export function activationDetails(id: string, text: (english: string) => string = (s) => s): ActivationDetails | undefined {
  if (!getActivation(id)) return undefined;
  const svg = Object.prototype.hasOwnProperty.call(texSvgs, id) ? texSvgs[id] : undefined;
  const frameworks: FrameworkEntry[] = [];
  let notes: readonly string[] = [];
  if (isActivationId(id)) {
    const info = frameworkInfo[id];
    notes = info.notes.map((n) => text(n));
    for (const fw of FRAMEWORKS) {
      const names = info.names[fw];
      if (!names?.length) continue;
      frameworks.push({ framework: frameworkLabels[fw], names, defaults: encodeParams(defaultsFor(id, fw)) });
    }
  }
  return {
    id,
    ...(svg && {
      formula: {
        f: { svg: svg.f, width: svg.fWidth, height: svg.fHeight },
        df: { svg: svg.df, width: svg.dfWidth, height: svg.dfHeight },
      },
    }),
    frameworks,
    notes,
  };
}
