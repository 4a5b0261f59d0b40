// Search (Pagefind) reads a page's text. KaTeX writes every formula three
// times: the TeX source (a MathML annotation), MathML, and the visual HTML,
// so an excerpt showed "y^=w x\hat{y} = w \, xy^=wx" and the run-together
// letters matched nonsense queries. Instead each formula is indexed once, as
// a plain reading with spaces ("y ^ = w x"), from an attribute Pagefind reads.

const LEAVES = new Set(['mi', 'mn', 'mo', 'mtext', 'ms']);
const hasClass = (node, name) => (node.properties?.className ?? []).includes(name);

/** The formula's symbols from its MathML, space-separated (the TeX annotation left out). */
function reading(node, out = []) {
  if (node.type === 'text') out.push(node.value);
  else if (node.type === 'element' && node.tagName !== 'annotation') {
    for (const child of node.children ?? []) reading(child, out);
    if (LEAVES.has(node.tagName)) out.push(' ');
  }
  return out;
}

/** Marks every KaTeX formula in the tree so search indexes its plain reading only. Mutates the tree. */
export function markMathForSearch(tree) {
  const walk = (node) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element' && hasClass(node, 'katex')) {
      const mathml = node.children?.find((c) => hasClass(c, 'katex-mathml'));
      const text = mathml ? reading(mathml).join('').replace(/\s+/g, ' ').trim() : '';
      node.properties.dataPagefindIndexAttrs = 'data-search-text';
      node.properties.dataSearchText = text;
      for (const child of node.children ?? []) {
        if (child.type === 'element') child.properties.dataPagefindIgnore = '';
      }
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
}
