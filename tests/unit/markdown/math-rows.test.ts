import { describe, expect, it } from 'vitest';
import { flattenRows } from '../../../src/markdown/math-rows.mjs';

type Node =
  | { type: 'element'; tagName: string; properties: Record<string, unknown>; children: Node[] }
  | { type: 'text'; value: string };
const el = (tagName: string, properties: Record<string, unknown>, ...children: Node[]): Node => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): Node => ({ type: 'text', value });
const mi = (x: string) => el('mi', {}, text(x));
const mo = (x: string) => el('mo', {}, text(x));

/** The tree as tags, for comparing shapes. */
function shape(n: Node): string {
  if (n.type === 'text') return n.value;
  const props = Object.entries(n.properties)
    .map(([k, v]) => ` ${k}=${v}`)
    .join('');
  return `<${n.tagName}${props}>${n.children.map(shape).join('')}</${n.tagName}>`;
}

describe('flattenRows', () => {
  it('unwraps an mrow of one element, also as a script', () => {
    const math = el('math', {}, el('msup', {}, mi('H'), el('mrow', {}, mi('l'))), mo('+'), mi('x'));
    flattenRows(math);
    expect(shape(math)).toBe('<math><msup><mi>H</mi><mi>l</mi></msup><mo>+</mo><mi>x</mi></math>');
  });

  it('keeps an mrow that groups several elements, or carries attributes', () => {
    const sup = el('msup', {}, mi('H'), el('mrow', {}, mi('l'), mo('−'), el('mn', {}, text('1'))));
    const marked = el('mrow', { class: 'x' }, mi('a'));
    const math = el('math', {}, sup, marked, mi('b'));
    flattenRows(math);
    expect(shape(math)).toBe(
      '<math><msup><mi>H</mi><mrow><mi>l</mi><mo>−</mo><mn>1</mn></mrow></msup><mrow class=x><mi>a</mi></mrow><mi>b</mi></math>',
    );
  });

  it('moves a table cell’s mstyle onto the cell, and its inner mrow away', () => {
    const cell = el(
      'mtd',
      { style: 'text-align:right' },
      el('mstyle', { scriptlevel: '0', displaystyle: 'true' }, el('mrow', {}, mi('D'), mi('Z'))),
    );
    const math = el('math', {}, el('mtable', {}, el('mtr', {}, cell)));
    flattenRows(math);
    expect(shape(cell)).toBe(
      '<mtd style=text-align:right scriptlevel=0 displaystyle=true><mi>D</mi><mi>Z</mi></mtd>',
    );
  });

  it('puts the attributes of an mstyle around one element on that element', () => {
    const frac = el('mfrac', {}, el('mn', {}, text('1')), mi('m'));
    const math = el('math', {}, mo('='), el('mstyle', { displaystyle: 'false' }, frac), mi('x'));
    flattenRows(math);
    expect(shape(math)).toBe(
      '<math><mo>=</mo><mfrac displaystyle=false><mn>1</mn><mi>m</mi></mfrac><mi>x</mi></math>',
    );
  });

  it('keeps an mstyle whose attribute its child sets otherwise', () => {
    const inner = el('mfrac', { displaystyle: 'true' }, mi('a'), mi('b'));
    const math = el('math', {}, mi('x'), el('mstyle', { displaystyle: 'false' }, inner));
    flattenRows(math);
    expect(shape(math)).toBe(
      '<math><mi>x</mi><mstyle displaystyle=false><mfrac displaystyle=true><mi>a</mi><mi>b</mi></mfrac></mstyle></math>',
    );
  });
});
