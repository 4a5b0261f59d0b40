// A wide table on a phone scrolls sideways. Keyboard users must be able to
// scroll it too, so each table in the lessons sits in a focusable, named
// region (the WAI pattern for scrollable regions).

/** The text of a hast node and its children. */
function text(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(text).join('');
}

/** The first header cell's text, to name the region after the table's first column. */
function firstHeader(table) {
  const stack = [table];
  while (stack.length) {
    const node = stack.shift();
    if (node.type === 'element' && node.tagName === 'th') return text(node).trim();
    stack.push(...(node.children ?? []));
  }
  return '';
}

/** Wraps every table in a keyboard-scrollable region named after its first column header. */
export default function rehypeScrollTables() {
  return (tree) => {
    const walk = (parent) => {
      parent.children?.forEach((child, i) => {
        if (child.type !== 'element') return;
        if (child.tagName === 'table') {
          const header = firstHeader(child);
          parent.children[i] = {
            type: 'element',
            tagName: 'div',
            properties: {
              className: ['table-scroll'],
              tabIndex: 0,
              role: 'region',
              ariaLabel: header ? `Table: ${header}` : 'Table',
            },
            children: [child],
          };
        } else {
          walk(child);
        }
      });
    };
    walk(tree);
  };
}
