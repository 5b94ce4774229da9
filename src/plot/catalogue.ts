// The activations grouped by family in catalogue order: the quick pick and the webview's "add" list.
// Pure: no `vscode`, no DOM.
import { activations, type Activation, type Family } from '../core';

export interface CatalogueGroup {
  readonly family: Family;
  readonly items: readonly Pick<Activation, 'id' | 'name' | 'description'>[];
}

/** Families in the order their first member appears in the catalogue; members in catalogue order. */
export function catalogueGroups(list: readonly Activation[] = activations): CatalogueGroup[] {
  const groups = new Map<Family, Pick<Activation, 'id' | 'name' | 'description'>[]>();
  for (const a of list) {
    let g = groups.get(a.family);
    if (!g) groups.set(a.family, (g = []));
    g.push({ id: a.id, name: a.name, description: a.description });
  }
  return [...groups].map(([family, items]) => ({ family, items }));
}
