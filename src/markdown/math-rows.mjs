// KaTeX's MathML wraps much of a formula in groups that change nothing in
// MathML Core: an <mrow> around a single element, an <mstyle> around one
// element or filling a table cell, an <mrow> filling a row-like parent. In a
// formula-heavy lesson they are a fifth of the page's elements. Core reads
// `displaystyle` and `scriptlevel` on every MathML element, so an <mstyle>'s
// attributes can sit on the element it wraps (or the cell it fills), and an
// <mrow> of one child lays out as that child (an operator inside keeps its form,
// which depends on the position of the group, not of the operator within it).

/** Elements whose children lay out as one row (MathML Core's inferred mrow). */
const ROW_LIKE = new Set([
  'math',
  'mrow',
  'mstyle',
  'mtd',
  'msqrt',
  'mpadded',
  'mphantom',
  'menclose',
]);

const elements = (node) => (node.children ?? []).filter((c) => c.type === 'element');
const onlyElements = (node) =>
  (node.children ?? []).every(
    (c) => c.type === 'element' || (c.type === 'text' && !c.value.trim()),
  );
const noProps = (node) => Object.keys(node.properties ?? {}).length === 0;

/** `from`'s attributes added to `to`'s, unless `to` sets one already (then null: the two cannot merge). */
function mergedProps(from, to) {
  const a = from.properties ?? {};
  const b = to.properties ?? {};
  for (const key of Object.keys(a)) if (key in b && b[key] !== a[key]) return null;
  return { ...b, ...a };
}

/** Removes, in place, the groups under `node` that MathML Core lays out as nothing. */
export function flattenRows(node) {
  if (node.type !== 'element') return;
  node.children?.forEach(flattenRows);
  node.children = node.children?.map((child) => {
    if (child.type !== 'element' || !onlyElements(child)) return child;
    const inner = elements(child);
    if (inner.length !== 1) return child;
    if (child.tagName === 'mrow' && noProps(child)) return inner[0];
    if (child.tagName === 'mstyle') {
      const props = mergedProps(child, inner[0]);
      if (props) return { ...inner[0], properties: props };
    }
    return child;
  });
  // A group that fills a row-like parent: its children become the parent's.
  const kids = elements(node);
  if (ROW_LIKE.has(node.tagName) && kids.length === 1 && onlyElements(node)) {
    const [only] = kids;
    if (only.tagName === 'mrow' && noProps(only)) node.children = only.children;
    else if (only.tagName === 'mstyle') {
      const props = mergedProps(only, node);
      if (props) {
        node.properties = props;
        node.children = only.children;
      }
    }
  }
}
