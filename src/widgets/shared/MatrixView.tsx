import { formatNumber } from './number.ts';

interface Props {
  /** The matrix's name as the lecture writes it, e.g. "W¹"; with the shape it becomes the table's caption. */
  name: string;
  /** Entries row by row; null is an entry not computed yet, shown as "?". */
  rows: readonly (readonly (number | null)[])[];
  /** The row to highlight (marked aria-current, bold and outlined, not by color alone). */
  row?: number | null;
  /** Highlights every entry of the matrix as the column in use (for a vector a). */
  active?: boolean;
  format?: (v: number) => string;
}

/**
 * A matrix with its numbers as a real table (caption "W¹ (4×3)"), bracketed,
 * with an optional highlighted row: screen readers can walk it cell by cell.
 * Style: src/widgets/shared/matrix-view.css.
 */
export function MatrixView({
  name,
  rows,
  row = null,
  active = false,
  format = (v) => formatNumber(v),
}: Props) {
  const cols = rows[0]?.length ?? 0;
  return (
    <table class={`nn-matrix${active ? ' nn-matrix-active' : ''}`}>
      <caption>
        {name}{' '}
        <span class="nn-matrix-shape">
          ({rows.length}×{cols})
        </span>
      </caption>
      <tbody>
        {rows.map((r, i) => (
          <tr
            key={i}
            class={i === row ? 'nn-matrix-row-current' : undefined}
            aria-current={i === row ? 'true' : undefined}
          >
            {r.map((v, j) =>
              v === null ? (
                <td key={j} class="nn-matrix-pending">
                  <span aria-hidden="true">?</span>
                  <span class="sr-only">not computed yet</span>
                </td>
              ) : (
                <td key={j}>{format(v)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
