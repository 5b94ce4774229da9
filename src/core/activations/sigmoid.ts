import type { DefinedActivation } from '../define';
export const sigmoidFamily: readonly DefinedActivation[] = [];
