import { describe, expect, it } from 'vitest';
import { decodeEntities, mathCharacters } from '../../../src/integrations/math-font.mjs';

describe('the math font keeps the characters the formulas use', () => {
  it('decodes the character references the build writes', () => {
    expect(decodeEntities('&lt;mi&gt;&#x2112;&#8722;&amp;&quot;&unknown;')).toBe(
      '<mi>ℒ−&"&unknown;',
    );
  });

  it('collects characters from formulas in pages and in escaped island props, not from prose', () => {
    const page = '<p>Ωmega prose</p><math><mi>ℒ</mi><mo>=</mo><mo>−</mo><mi>σ</mi></math>';
    const props =
      '<astro-island props="{&quot;html&quot;:[0,&quot;&lt;math xmlns=\\&quot;x\\&quot;&gt;&lt;mi&gt;ℬ&lt;/mi&gt;&lt;/math&gt;&quot;]}">';
    const chars = mathCharacters([page, props]);
    for (const ch of ['ℒ', '−', 'σ', 'ℬ', '√', 'a', '(', '𝑥', 'ℎ', '𝜎'])
      expect(chars).toContain(ch);
    expect(chars).not.toContain('Ω');
  });
});
