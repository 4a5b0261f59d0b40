// A display formula wider than a phone scrolls sideways inside its own box.
// Keyboard users must be able to scroll it too (WCAG 2.1.1; axe's
// scrollable-region-focusable), so each one sits in a focusable, named group.
// Runs after KaTeX, on the HTML it wrote.

const isDisplay = (node) =>
  node.type === 'element' &&
  node.tagName === 'span' &&
  (node.properties?.className ?? []).includes('katex-display');

/** Wraps every KaTeX display formula in a keyboard-scrollable group named "Formula". */
export default function rehypeScrollMath() {
  return (tree) => {
    const walk = (parent) => {
      parent.children?.forEach((child, i) => {
        if (isDisplay(child)) {
          parent.children[i] = {
            type: 'element',
            tagName: 'div',
            properties: { className: ['math-scroll'], tabIndex: 0, role: 'group', ariaLabel: 'Formula' },
            children: [child],
          };
        } else if (child.type === 'element') {
          walk(child);
        }
      });
    };
    walk(tree);
  };
}
