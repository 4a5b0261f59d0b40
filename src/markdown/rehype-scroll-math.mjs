// A display formula wider than a phone scrolls sideways inside its own box.
// Keyboard users must be able to scroll it too (WCAG 2.1.1; axe's
// scrollable-region-focusable), so each one is a focusable, named group.
// Runs after KaTeX, on the HTML it wrote: the `.katex-display` wrapper itself
// becomes that group (a <div>, one element per formula instead of two; page
// elements are a budget, and lesson 7 has 28 display formulas).

const isDisplay = (node) =>
  node.type === 'element' &&
  node.tagName === 'span' &&
  (node.properties?.className ?? []).includes('katex-display');

/** Turns every KaTeX display wrapper into a keyboard-scrollable group named "Formula". */
export default function rehypeScrollMath() {
  return (tree) => {
    const walk = (parent) => {
      parent.children?.forEach((child, i) => {
        if (isDisplay(child)) {
          parent.children[i] = {
            ...child,
            tagName: 'div',
            properties: {
              ...child.properties,
              className: ['math-scroll', ...child.properties.className],
              tabIndex: 0,
              role: 'group',
              ariaLabel: 'Formula',
            },
          };
        } else if (child.type === 'element') {
          walk(child);
        }
      });
    };
    walk(tree);
  };
}
