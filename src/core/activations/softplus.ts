import type { DefinedActivation } from '../define';
export const softplusFamily: readonly DefinedActivation[] = [];
