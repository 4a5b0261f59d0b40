// Search (Pagefind) reads a page's text. KaTeX's default output writes every
// formula three times: the TeX source (a MathML annotation), MathML, and the
// visual HTML, so an excerpt showed "y^=w x\hat{y} = w \, xy^=wx" and the
// run-together letters matched nonsense queries. Instead each formula is
// indexed once, as a plain reading with spaces ("y ^ = w x"), from an
// attribute Pagefind reads. Runs after KaTeX and works on both of its shapes:
// `<span class="katex">` holding `.katex-mathml` and the HTML copy, or a bare
// `<math>` (MathML-only output, with or without the `.katex` span).

const LEAVES = new Set(['mi', 'mn', 'mo', 'mtext', 'ms']);
const hasClass = (node, name) => {
  const c = node.properties?.className;
  return Array.isArray(c) ? c.includes(name) : c === name;
};
const isElement = (node, tag) => node?.type === 'element' && (!tag || node.tagName === tag);

/** The formula's symbols from its MathML, space-separated (the TeX annotation left out). */
function reading(node, out = []) {
  if (node.type === 'text') out.push(node.value);
  else if (isElement(node) && node.tagName !== 'annotation') {
    for (const child of node.children ?? []) reading(child, out);
    if (LEAVES.has(node.tagName)) out.push(' ');
  }
  return out;
}

/** The `<math>` inside a KaTeX `.katex` span, whichever output KaTeX wrote. */
const findMath = (katex) => {
  for (const child of katex.children ?? []) {
    if (isElement(child, 'math')) return child;
    if (isElement(child) && hasClass(child, 'katex-mathml')) return child.children?.find((c) => isElement(c, 'math'));
  }
  return undefined;
};

/** Indexes `holder`'s plain reading of `math` instead of its content. Mutates `holder`. */
function mark(holder, math) {
  holder.properties.dataPagefindIndexAttrs = 'data-search-text';
  holder.properties.dataSearchText = math ? reading(math).join('').replace(/\s+/g, ' ').trim() : '';
  for (const child of holder.children ?? []) {
    if (isElement(child)) child.properties.dataPagefindIgnore = '';
  }
}

/** Marks every formula in the tree so search indexes its plain reading only. Mutates the tree. */
export function markMathForSearch(tree) {
  const walk = (node) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (isElement(node) && hasClass(node, 'katex')) return mark(node, findMath(node));
    if (isElement(node, 'math')) return mark(node, node);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
}

/** Rehype plugin: search indexes a plain reading of each formula (run it after KaTeX). */
export default function rehypeMathSearch() {
  return (tree) => markMathForSearch(tree);
}
