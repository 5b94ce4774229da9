// Shorthand for the Properties of an activation, so each definition reads as one line per fact.
import type { Properties } from './types';

export function props(
  rangeTex: string,
  min: number,
  max: number,
  rest: {
    monotonic: boolean;
    smoothness: Properties['smoothness'];
    zeroCentred: boolean;
    saturates: 'none' | 'left' | 'right' | 'both';
  },
): Properties {
  return {
    rangeTex,
    range: { min, max },
    monotonic: rest.monotonic,
    smoothness: rest.smoothness,
    zeroCentred: rest.zeroCentred,
    saturation: {
      left: rest.saturates === 'left' || rest.saturates === 'both',
      right: rest.saturates === 'right' || rest.saturates === 'both',
    },
    bounded: { below: min > -Infinity, above: max < Infinity },
  };
}
