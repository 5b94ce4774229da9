import type { DefinedActivation } from '../define';
export const gatedFamily: readonly DefinedActivation[] = [];
