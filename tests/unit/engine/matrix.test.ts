import { describe, expect, it } from 'vitest';
import {
  Matrix,
  matmul,
  addBias,
  meanOverBatch,
  hadamard,
  copyInto,
} from '../../../src/engine/index.ts';

describe('Matrix layout', () => {
  it('stores row-major: entry (i, j) at data[i·cols + j]', () => {
    const A = Matrix.fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(A.shape).toBe('2×3');
    expect(Array.from(A.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(A.get(1, 0)).toBe(4);
    expect(Array.from(A.row(1))).toEqual([4, 5, 6]);
    expect(A.toRows()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });

  it('resizes its batch (columns) within capacity without reallocating', () => {
    const A = new Matrix(2, 10);
    const buffer = A.data;
    A.resizeCols(4);
    expect(A.shape).toBe('2×4');
    expect(A.data).toBe(buffer);
    A.resizeCols(11);
    expect(A.data).not.toBe(buffer);
    expect(A.data.length).toBe(22);
  });

  it('rejects ragged rows and too-small buffers', () => {
    expect(() => Matrix.fromRows([[1, 2], [3]])).toThrow('row 0 has 2 entries but row 1 has 1');
    expect(() => new Matrix(2, 2, new Float64Array(3))).toThrow('2×2 needs 4 numbers');
  });
});

describe('matmul', () => {
  const A = Matrix.fromRows([
    [1, 2],
    [3, 4],
    [5, 6],
  ]); // 3×2
  const B = Matrix.fromRows([
    [7, 8, 9, 10],
    [11, 12, 13, 14],
  ]); // 2×4

  it('multiplies as written: (A·B)[0][0] = 1·7 + 2·11 = 29', () => {
    const C = matmul(A, B, new Matrix(3, 0));
    // row 0: [1·7+2·11, 1·8+2·12, 1·9+2·13, 1·10+2·14] = [29, 32, 35, 38]
    // row 2: [5·7+6·11, 5·8+6·12, 5·9+6·13, 5·10+6·14] = [101, 112, 123, 134]
    expect(C.toRows()).toEqual([
      [29, 32, 35, 38],
      [65, 72, 79, 86],
      [101, 112, 123, 134],
    ]);
  });

  it('handles each transpose flag', () => {
    // Aᵀ·A = [[1+9+25, 2+12+30], [2+12+30, 4+16+36]] = [[35, 44], [44, 56]]
    expect(matmul(A, A, new Matrix(2, 0), true, false).toRows()).toEqual([
      [35, 44],
      [44, 56],
    ]);
    // A·Aᵀ row 0 = [1·1+2·2, 1·3+2·4, 1·5+2·6] = [5, 11, 17]
    expect(matmul(A, A, new Matrix(3, 0), false, true).row(0)).toEqual(
      new Float64Array([5, 11, 17]),
    );
    // Bᵀ·Aᵀ = (A·B)ᵀ, so its row 0 is column 0 of A·B: [29, 65, 101]
    expect(matmul(B, A, new Matrix(4, 0), true, true).row(0)).toEqual(
      new Float64Array([29, 65, 101]),
    );
  });

  it('names both shapes when the inner sizes differ', () => {
    const C = new Matrix(3, 4);
    expect(() =>
      matmul(
        A,
        Matrix.fromRows([
          [1, 2, 3, 4],
          [1, 2, 3, 4],
          [1, 2, 3, 4],
        ]),
        C,
      ),
    ).toThrow('matmul: cannot multiply 3×2 by 3×4: inner sizes 2 and 3 differ');
    expect(() => matmul(A, B, new Matrix(2, 4))).toThrow(
      'result of 3×4 cannot go into a matrix with 2 rows',
    );
  });
});

describe('batch operations', () => {
  it('adds the bias column to every example (column)', () => {
    const Z = Matrix.fromRows([
      [1, 2],
      [3, 4],
    ]);
    addBias(Z, Matrix.column([10, 20]));
    expect(Z.toRows()).toEqual([
      [11, 12],
      [23, 24],
    ]);
    expect(() => addBias(Z, Matrix.column([1, 2, 3]))).toThrow('cannot add a 3×1 bias to 2×2');
  });

  it('averages over the batch: Db = (1/m) ΣDZ', () => {
    const DZ = Matrix.fromRows([
      [1, 2, 3],
      [-4, 0, 1],
    ]);
    // (1+2+3)/3 = 2, (−4+0+1)/3 = −1
    expect(Array.from(meanOverBatch(DZ, new Matrix(2, 1)).data)).toEqual([2, -1]);
  });

  it('multiplies element-wise and copies', () => {
    const A = Matrix.fromRows([[1, 2]]);
    const B = Matrix.fromRows([[3, 4]]);
    expect(Array.from(hadamard(A, B, new Matrix(1, 0)).data)).toEqual([3, 8]);
    expect(() => hadamard(A, Matrix.fromRows([[1], [2]]), new Matrix(1, 0))).toThrow(
      'shapes 1×2 and 2×1 differ',
    );
    expect(copyInto(A, new Matrix(1, 0)).toRows()).toEqual([[1, 2]]);
  });
});
