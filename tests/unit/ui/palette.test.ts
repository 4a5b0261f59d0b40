import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colour, mapRamp, tint } from '../../../src/ui/palette.ts';

// The palette's colours against each theme's page background, by WCAG 2.1's
// contrast ratio: 4.5:1 for colours that may carry text, 3:1 for marks only.

const css = readFileSync('src/styles/palette.css', 'utf8');
const [lightBlock, darkBlock] = css.split('@media screen');

/** The custom properties a block of palette.css sets, name → value. */
function props(block: string): Map<string, string> {
  return new Map(
    [...block.matchAll(/(--nn-[a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]),
  );
}
const light = props(lightBlock);
// The dark block overrides some; the rest carry over from :root.
const dark = new Map([...light, ...props(darkBlock)]);

/** Relative luminance of #rrggbb (WCAG 2.1). */
function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const lin = [16, 8, 0]
    .map((s) => ((n >> s) & 255) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
const hex = (rgb: readonly number[]) =>
  '#' + rgb.map((c) => c.toString(16).padStart(2, '0')).join('');

// Starlight's page backgrounds: white in light mode, hsl(224, 10%, 10%) in dark.
const backgrounds = { light: '#ffffff', dark: '#17191c' };
const varName = (v: string) => /var\((--[a-z0-9-]+)\)/.exec(v)?.[1] ?? '';

describe('contrast ratio', () => {
  it('matches WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });
});

describe('palette', () => {
  const text = ['blue', 'orange', 'green', 'vermillion', 'purple'] as const;

  it('defines every variable that src/ui/palette.ts names, in the light theme', () => {
    const named = [...Object.values(colour), ...Object.values(tint)]
      .map(varName)
      .filter((n) => n.startsWith('--nn-'));
    expect(named.filter((n) => !light.has(n))).toEqual([]);
  });

  for (const [theme, values] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`text colours reach 4.5:1 on the ${theme} page`, () => {
      const weak = text
        .map(
          (name) =>
            [name, contrast(values.get(varName(colour[name]))!, backgrounds[theme])] as const,
        )
        .filter(([, r]) => r < 4.5);
      expect(weak).toEqual([]);
    });
    it(`the second blue reaches 3:1 on the ${theme} page and differs from the first`, () => {
      const sky = values.get('--nn-sky')!;
      expect(contrast(sky, backgrounds[theme])).toBeGreaterThanOrEqual(3);
      expect(contrast(sky, values.get('--nn-blue')!)).toBeGreaterThan(1.3);
    });
  }

  it('the dark theme really changes the line colours', () => {
    for (const name of text) {
      const v = varName(colour[name]);
      expect(dark.get(v), v).not.toBe(light.get(v));
    }
  });

  it("a playground's points use the decision map's own end colours, and test rings reach 3:1 on its middle", () => {
    expect(light.get('--nn-map-class-0')).toBe(hex(mapRamp.low));
    expect(light.get('--nn-map-class-1')).toBe(hex(mapRamp.high));
    for (const k of [0, 1, 2, 3]) {
      expect(contrast(light.get(`--nn-map-ring-${k}`)!, hex(mapRamp.mid))).toBeGreaterThanOrEqual(
        3,
      );
    }
    // The map does not change with the theme, so neither may its marks.
    expect([...props(darkBlock).keys()].filter((k) => k.startsWith('--nn-map-'))).toEqual([]);
  });
});
