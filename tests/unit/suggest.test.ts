import { describe, expect, it } from 'vitest';
import { closest, distance } from '../../src/check/suggest.ts';

describe('distance', () => {
  it('counts a swapped pair of letters as one slip', () => {
    expect(distance('qoute', 'quote')).toBe(1);
  });
  it('counts a missing, extra or wrong letter as one each', () => {
    expect(distance('deliverd', 'delivered')).toBe(1);
    expect(distance('statuss', 'status')).toBe(1);
    expect(distance('at-rusk', 'at-risk')).toBe(1);
  });
});

describe('closest', () => {
  const statuses = [
    'not-started',
    'in-progress',
    'at-risk',
    'delivered',
    'partly-delivered',
    'not-delivered',
    'withdrawn',
  ];
  it('suggests the value a slip was meant to be, ignoring letter case', () => {
    expect(closest('Delivered', statuses)).toBe('delivered');
    expect(closest('in progres', statuses)).toBe('in-progress');
  });
  it('suggests nothing for a word that is not close to any', () => {
    expect(closest('done', statuses)).toBeUndefined();
  });
});
