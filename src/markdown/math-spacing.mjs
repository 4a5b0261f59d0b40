// Two spacing rules of TeX that KaTeX's HTML applies but its MathML leaves to
// the browser, which (under MathML Core's operator dictionary) gets them wrong:
// a minus after "=", "(" or "," is a sign, not a binary operator, so it takes
// no space on either side; and "log x" has a thin space after the function
// name, "log(x)" none, and "y log x" a thin space before it too.

const OPENING = new Set(['(', '[', '{', '|', '‖', '⟨', '⌊', '⌈']);
const CLOSING = new Set([')', ']', '}', '|', '‖', '⟩', '⌋', '⌉', '′', '″', '!']);
const SIGNS = new Set(['−', '+', '±', '∓']);
const FUNCTION_APPLICATION = '\u2061';
const THIN_SPACE = '0.1667em';

const text = (node) =>
  node.type === 'text' ? node.value : (node.children ?? []).map(text).join('');
const isMo = (node) => node?.type === 'element' && node.tagName === 'mo';
/** A space written in the formula (`\ `, `\,`): looked through when asking what a sign follows. */
const isSpace = (node) =>
  node.tagName === 'mspace' || (node.tagName === 'mtext' && text(node).trim() === '');

/** True when `node` starts with an opening bracket (itself, or the first token of a row). */
function opens(node) {
  if (isMo(node)) return OPENING.has(text(node).trim());
  if (node?.type === 'element' && node.tagName === 'mrow') {
    return opens(node.children?.find((c) => c.type === 'element'));
  }
  return false;
}

const thinSpace = () => ({
  type: 'element',
  tagName: 'mspace',
  properties: { width: THIN_SPACE },
  children: [],
});

/** Sets, in place, TeX's spacing for signs and function names on every row under `node`. */
export function applyMathSpacing(node) {
  if (node.type !== 'element') return;
  const kids = (node.children ?? []).filter((c) => c.type === 'element');
  const spaceBefore = [];
  kids.forEach((kid, i) => {
    if (!isMo(kid)) return;
    const op = text(kid).trim();
    const before = kids.slice(0, i).findLast((k) => !isSpace(k));
    if (SIGNS.has(op) && isMo(before) && !CLOSING.has(text(before).trim())) {
      kid.properties = { ...kid.properties, lspace: '0', rspace: '0' };
    } else if (op === FUNCTION_APPLICATION && kids[i + 1] && !opens(kids[i + 1])) {
      kid.properties = { ...kid.properties, rspace: THIN_SPACE };
    }
    // An ordinary symbol before the function's name: TeX's thin space between Ord and Op.
    if (op === FUNCTION_APPLICATION && i >= 2 && !isMo(kids[i - 2])) spaceBefore.push(kids[i - 1]);
  });
  for (const name of spaceBefore) node.children.splice(node.children.indexOf(name), 0, thinSpace());
  for (const kid of kids) applyMathSpacing(kid);
}
