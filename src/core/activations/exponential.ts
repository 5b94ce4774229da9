import type { DefinedActivation } from '../define';
export const exponentialFamily: readonly DefinedActivation[] = [];
