// "Plot Activation Function...": every activation, grouped by family with separators, searchable by name,
// id and description.
import * as vscode from 'vscode';
import { catalogueGroups } from './catalogue';
import { familyTitles, localText } from './strings';

interface ActivationItem extends vscode.QuickPickItem {
  readonly id?: string;
}

/** The quick pick's rows: a separator per family, then its activations (label: name, description: id). */
export function activationItems(): ActivationItem[] {
  const titles = familyTitles();
  return catalogueGroups().flatMap((g): ActivationItem[] => [
    { label: titles[g.family] ?? g.family, kind: vscode.QuickPickItemKind.Separator },
    ...g.items.map((a) => ({ id: a.id, label: localText(a.name), description: a.id, detail: localText(a.description) })),
  ]);
}

/** Asks for an activation; resolves to its id, or undefined when dismissed. */
export async function pickActivation(): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(activationItems(), {
    title: vscode.l10n.t('Plot Activation Function'),
    placeHolder: vscode.l10n.t('Type to search by name, id or description'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.id;
}
