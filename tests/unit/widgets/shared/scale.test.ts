import { describe, expect, it } from 'vitest';
import { rampColor } from '../../../../src/widgets/shared/Heatmap.tsx';
import { linePath, linearScale, niceTicks } from '../../../../src/widgets/shared/scale.ts';

describe('linearScale', () => {
  it('maps the ends of the domain onto the ends of the range, and inverts', () => {
    const s = linearScale([-2, 2], [300, 0]);
    expect([s(-2), s(0), s(2)]).toEqual([300, 150, 0]);
    expect(s.invert(75)).toBe(1);
  });
});

describe('niceTicks', () => {
  it('gives round values 1, 2 or 5 times a power of ten apart', () => {
    expect(niceTicks(-4, 4, 4)).toEqual([-4, -2, 0, 2, 4]);
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(-0.3, 0.3, 6)).toEqual([-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3]);
  });
  it('survives an empty or non-finite interval', () => {
    expect(niceTicks(1, 1)).toEqual([1]);
    expect(niceTicks(Number.NaN, 2)).toEqual([Number.NaN]);
  });
});

describe('linePath', () => {
  it('lifts the pen over values that are not finite', () => {
    const s = linearScale([0, 1], [0, 1]);
    expect(linePath([0, 0.5, 1, 1.5], [0, Number.NaN, 1, 1], s, s)).toBe(
      'M0.00 0.00M1.00 1.00L1.50 1.00',
    );
  });
});

describe('rampColor', () => {
  it('runs from blue through near-white to orange and treats NaN as the middle', () => {
    expect(rampColor(0)).toEqual([0, 114, 178]);
    expect(rampColor(0.5)).toEqual([245, 245, 245]);
    expect(rampColor(1)).toEqual([230, 159, 0]);
    expect(rampColor(Number.NaN)).toEqual([245, 245, 245]);
    expect(rampColor(7)).toEqual([230, 159, 0]);
  });
});
