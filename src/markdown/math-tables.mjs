// KaTeX lays out `aligned`, matrices and `cases` as <mtable> with MathML 3's
// columnalign, columnspacing and rowspacing attributes, which MathML Core
// (what browsers render) does not read: "=" signs would not line up and cells
// would take the browser's default padding. Write them out as cell styles.

const words = (value) =>
  String(value ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
const half = (length) => {
  const m = /^(\d*\.?\d+)(em|ex|px)?$/.exec(length);
  return m ? `${Number(m[1]) / 2}${m[2] ?? 'em'}` : null;
};
const cells = (node, tag) =>
  (node.children ?? []).filter((c) => c.type === 'element' && c.tagName === tag);

/** Turns, in place, every table's column alignment and spacing under `node` into styles on its cells. */
export function applyTableLayout(node) {
  if (node.type !== 'element') return;
  if (node.tagName === 'mtable') {
    const props = node.properties ?? {};
    const aligns = words(props.columnAlign ?? props.columnalign);
    const column = words(props.columnSpacing ?? props.columnspacing).map(half);
    const row = words(props.rowSpacing ?? props.rowspacing).map(half);
    cells(node, 'mtr').forEach((tr, i) => {
      cells(tr, 'mtd').forEach((td, j) => {
        const style = [];
        const align = aligns[Math.min(j, aligns.length - 1)];
        if (align) style.push(`text-align:${align}`);
        const x = column[Math.min(j, column.length - 1)];
        if (x) style.push(`padding-inline:${x}`);
        const y = row[Math.min(i, row.length - 1)];
        if (y) style.push(`padding-block:${y}`);
        if (style.length) td.properties = { ...td.properties, style: style.join(';') };
      });
    });
    for (const key of [
      'columnAlign',
      'columnalign',
      'columnSpacing',
      'columnspacing',
      'rowSpacing',
      'rowspacing',
    ])
      delete props[key];
  }
  for (const child of node.children ?? []) applyTableLayout(child);
}
