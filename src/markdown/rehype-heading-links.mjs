// A link after every heading of a lesson, as Starlight writes them, in three
// elements instead of seven: Starlight's link holds a span with an inline SVG
// icon (two elements more) and a visually hidden span for its name; here the
// link is named by `aria-label` and shows a "#" drawn by CSS (heading-links.css). Page
// elements are a budget (budgets.json), and a lesson has up to 15 headings.
// Starlight's own pass is off (`markdown.headingLinks: false` in
// astro.config.mjs), so this one also gives headings their ids first, with
// the same function Starlight and the table of contents use.
import { rehypeHeadingIds } from '@astrojs/markdown-remark';

const HEADING = /^h[1-6]$/;

/** The text of a hast node, as a heading's name reads. */
const text = (node) =>
  node.type === 'text' ? node.value : (node.children ?? []).map(text).join('');

/** Starlight's English name for the link (its `heading.anchorLabel`). */
export const anchorLabel = (title) => `Section titled “${title}”`;

/** Wraps each heading with an id in Starlight's `.sl-heading-wrapper`, with its anchor link after it. */
export function addHeadingLinks(tree) {
  const walk = (parent) => {
    parent.children?.forEach((node, i) => {
      if (node.type !== 'element') return;
      if (!HEADING.test(node.tagName) || !node.properties?.id) return walk(node);
      const id = String(node.properties.id);
      parent.children[i] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['sl-heading-wrapper', `level-${node.tagName}`] },
        children: [
          node,
          {
            type: 'element',
            tagName: 'a',
            properties: {
              className: ['sl-anchor-link'],
              href: `#${id}`,
              ariaLabel: anchorLabel(text(node).trim()),
            },
            children: [],
          },
        ],
      };
    });
  };
  walk(tree);
}

/** Rehype plugin: heading ids (as Astro assigns them), then a light anchor link for each. */
export default function rehypeHeadingLinks() {
  const ids = rehypeHeadingIds();
  return (tree, file) => {
    ids(tree, file);
    addHeadingLinks(tree);
  };
}
