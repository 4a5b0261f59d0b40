/**
 * Dense matrices on Float64Array, the engine's only data structure.
 *
 * Layout (the lecture's, taken literally):
 * - Storage is row-major: entry (i, j) lives at `data[i * cols + j]`.
 * - A batch of m examples is a matrix with ONE COLUMN PER EXAMPLE. So the
 *   inputs X = H^0 are (features × m), Z^l and H^l are (units of layer l × m),
 *   the weights W^l are (n_l × n_(l-1)) and the biases b^l are (n_l × 1).
 *   With that layout the lecture's formulas hold exactly as written:
 *   Z = W·H + b, DW = (1/m) DZ·Hᵀ, dH^(l-1) = (W^l)ᵀ·DZ^l.
 * - One row of an activation matrix is one unit seen across the whole batch,
 *   contiguous in memory: a hidden unit's heatmap is a single row.
 *
 * A matrix may own more storage than rows·cols (its capacity), so a layer can
 * change its batch size with `resizeCols` and reuse the same buffer; only the
 * first rows·cols entries are meaningful.
 */
export class Matrix {
  rows: number;
  cols: number;
  data: Float64Array;

  constructor(rows: number, cols: number, data?: Float64Array) {
    if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
      throw new Error(`Matrix: size must be two non-negative integers, got ${rows}×${cols}`);
    }
    if (data && data.length < rows * cols) {
      throw new Error(
        `Matrix: ${rows}×${cols} needs ${rows * cols} numbers but the buffer holds ${data.length}`,
      );
    }
    this.rows = rows;
    this.cols = cols;
    this.data = data ?? new Float64Array(rows * cols);
  }

  /** Shape as the lecture writes it, e.g. "3×2". */
  get shape(): string {
    return `${this.rows}×${this.cols}`;
  }

  /** Entry (i, j). */
  get(i: number, j: number): number {
    return this.data[i * this.cols + j];
  }

  /** Sets entry (i, j) (mutates). */
  set(i: number, j: number, value: number): void {
    this.data[i * this.cols + j] = value;
  }

  /** Changes the number of columns (batch size) in place; allocates only if the capacity is too small. */
  resizeCols(cols: number): this {
    if (cols === this.cols) return this;
    if (this.rows * cols > this.data.length) this.data = new Float64Array(this.rows * cols);
    this.cols = cols;
    return this;
  }

  /** A view (no copy) of row i: one unit across the batch. */
  row(i: number): Float64Array {
    return this.data.subarray(i * this.cols, (i + 1) * this.cols);
  }

  /** A fresh copy with exactly rows·cols storage. */
  clone(): Matrix {
    return new Matrix(this.rows, this.cols, this.data.slice(0, this.rows * this.cols));
  }

  /** Rows as plain arrays (for JSON and display). */
  toRows(): number[][] {
    const out: number[][] = [];
    for (let i = 0; i < this.rows; i++) out.push(Array.from(this.row(i)));
    return out;
  }

  /** Builds a matrix from rows of equal length. */
  static fromRows(rows: readonly (readonly number[])[]): Matrix {
    const r = rows.length;
    const c = r === 0 ? 0 : rows[0].length;
    const M = new Matrix(r, c);
    for (let i = 0; i < r; i++) {
      if (rows[i].length !== c) {
        throw new Error(
          `Matrix.fromRows: row 0 has ${c} entries but row ${i} has ${rows[i].length}`,
        );
      }
      for (let j = 0; j < c; j++) M.data[i * c + j] = rows[i][j];
    }
    return M;
  }

  /** A column vector (n × 1) from a list of numbers. */
  static column(values: readonly number[]): Matrix {
    return new Matrix(values.length, 1, Float64Array.from(values));
  }
}

/** Throws a teaching error unless A and B have the same shape. */
export function assertSameShape(op: string, A: Matrix, B: Matrix): void {
  if (A.rows !== B.rows || A.cols !== B.cols) {
    throw new Error(`${op}: shapes ${A.shape} and ${B.shape} differ`);
  }
}
