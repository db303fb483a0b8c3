import { describe, expect, it } from 'vitest';
import { sparkline } from './sparkline';

describe('a chart line', () => {
  it('runs from left to right with the largest value at the top and zero at the bottom', () => {
    expect(sparkline([0, 5, 10], 100, 20)).toBe('M0.0,20.0L50.0,10.0L100.0,0.0');
  });

  it('leaves a gap where a value is missing, and lies flat at the bottom when all are zero', () => {
    expect(sparkline([1, null, 1], 10, 10)).toBe('M0.0,0.0M10.0,0.0');
    expect(sparkline([0, 0], 10, 10)).toBe('M0.0,10.0L10.0,10.0');
  });
});
