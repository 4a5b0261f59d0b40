import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/widgets/playground/csv.ts';

const fail = (text: string, bytes?: number) => {
  const r = parseCsv(text, bytes);
  if (r.ok) throw new Error('expected an error');
  return r.message;
};

describe('parseCsv', () => {
  it('reads points, skipping a header, blank lines and spaces', () => {
    const r = parseCsv('\uFEFFx, y, label\r\n 0.5 , -1,0\n\n-1.5,1.5, 1\r\n.25,-.5e0,3\n');
    expect(r).toEqual({
      ok: true,
      points: [
        { x: 0.5, y: -1, label: 0 },
        { x: -1.5, y: 1.5, label: 1 },
        { x: 0.25, y: -0.5, label: 3 },
      ],
    });
  });
  it('reads a file without a header', () => {
    expect(parseCsv('0,0,2')).toEqual({ ok: true, points: [{ x: 0, y: 0, label: 2 }] });
  });
  it('names the first bad line and what is wrong with it', () => {
    expect(fail('x,y,label\n0,0,0\n1,1,1\nabc,0,1\n0,xyz,1')).toBe(
      'line 4: “abc” is not a number (x)',
    );
    expect(fail('0,0,0\n0,NaN,1')).toBe('line 2: “NaN” is not a number (y)');
    expect(fail('0,0,0\n0,Infinity,1')).toBe('line 2: “Infinity” is not a number (y)');
    expect(fail('0,0,0\n\n0,0,1\n\n0,0,1\n\n0,0,5')).toBe('line 7: label 5 is not a class 0–3');
    expect(fail('0,0,1.5')).toBe('line 1: label “1.5” is not a class 0–3');
    expect(fail('0,0,-1')).toBe('line 1: label “-1” is not a class 0–3');
    expect(fail('0,0,0\n1,1')).toBe('line 2: expected 3 values, found 2');
    expect(fail('0,0,0,0')).toBe('line 1: expected 3 values, found 4');
    expect(fail('0,0,0\n2,0,0')).toBe('line 2: x = 2 is outside the plot (−1.5 to 1.5)');
    expect(fail('0,-1.6,0')).toBe('line 1: y = −1.6 is outside the plot (−1.5 to 1.5)');
    expect(fail('x,y,label\nx,y,label')).toBe('line 2: “x” is not a number (x)');
  });
  it('refuses an empty file, a file that is too large and too many points', () => {
    expect(fail('x,y,label\n\n')).toBe('the file holds no points; expected lines of x, y, label');
    expect(fail('0,0,0', 300 * 1024)).toBe('the file is 300 KB; the limit is 200 KB');
    expect(fail('0,0,0\n'.repeat(2001))).toBe(
      'line 2001: more than 2,000 points; the limit is 2,000',
    );
    const r = parseCsv('0,0,0\n'.repeat(2000));
    expect(r.ok && r.points.length).toBe(2000);
  });
  it('refuses a file that is not text', () => {
    expect(fail('0,0,0\n\0\u0001PNG')).toMatch(
      /^this is not a text file \(it holds binary bytes such as NUL\)/,
    );
    expect(fail('\uFFFD\uFFFD')).toMatch(/^this is not a text file/);
  });
});
