import { describe, expect, it } from 'vitest';
import { linearScale } from '../../src/charts/scale.ts';

describe('linear scale', () => {
  it('maps the domain onto the range and back', () => {
    const x = linearScale([2014.5, 2027.5], [10, 270]);
    expect(x(2014.5)).toBe(10);
    expect(x(2027.5)).toBe(270);
    expect(x(2021)).toBe(140);
    expect(x.invert(140)).toBe(2021);
    expect(linearScale([0, 10], [100, 0])(2.5)).toBe(75);
  });
  it('gives round ticks, 1, 2 or 5 times a power of ten apart, without float noise', () => {
    expect(linearScale([0, 103200], [0, 1])(0)).toBe(0);
    expect(linearScale([0, 103200], [0, 1]).ticks(3)).toEqual([0, 50000, 100000]);
    expect(linearScale([0, 1.2], [0, 1]).ticks(4)).toEqual([0, 0.5, 1]);
    expect(linearScale([0, 0.7], [0, 1]).ticks(7)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });
  it('survives an empty domain', () => {
    const x = linearScale([5, 5], [0, 100]);
    expect(x(5)).toBe(50);
    expect(x.ticks(3)).toEqual([5]);
  });
});
