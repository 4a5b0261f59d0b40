import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inSections, pollSections, withParents } from '../../../src/assign/sections.ts';

/** GitHub's slug rule (what the site's headings use): lower case, punctuation dropped, spaces to hyphens. */
const slug = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** The h2/h3 headings of an MDX file with the slugs the site gives them. */
function headings(body: string) {
  return withParents(
    [...body.matchAll(/^(#{2,3})\s+(.+)$/gm)].map((m) => ({
      id: slug(m[2]),
      text: m[2],
      depth: m[1].length,
    })),
  );
}

describe('polls by section', () => {
  const body = readFileSync('content/lessons/06-gradient-descent.mdx', 'utf8');
  const sections = headings(body);
  const where = pollSections(body, sections);

  it('puts each poll of lesson 6 under the heading above it', () => {
    // Read off the lesson's source by hand (line numbers of the headings and polls).
    expect({ ...where }).toEqual({
      'gradient-descent-direction': 'magnitude-how-steep',
      'gradient-descent-one-step': 'worked-example-one-step-in-two-dimensions',
      'gradient-descent-large-rate': 'worked-example-a-parabola',
      'gradient-descent-one-step-rate': 'worked-example-a-parabola',
      'gradient-descent-patience': 'when-to-stop-convergence',
      'gradient-descent-bowl-rate-1-2': 'when-to-stop-convergence',
      'gradient-descent-valley-diverges': 'when-to-stop-convergence',
      'gradient-descent-updates-per-epochs': 'mini-batches-and-epochs',
    });
  });

  it('includes the polls of chosen sections and their subsections only', () => {
    const pick = (chosen: string[]) =>
      Object.keys(where).filter((p) => inSections(p, chosen, sections, where));
    expect(pick(['the-update-rule'])).toEqual(['gradient-descent-one-step']);
    expect(pick(['the-learning-rate', 'mini-batches-and-epochs'])).toEqual([
      'gradient-descent-large-rate',
      'gradient-descent-one-step-rate',
      'gradient-descent-updates-per-epochs',
    ]);
    expect(pick(['summary'])).toEqual([]);
    expect(inSections('constructor', ['summary'], sections, where)).toBe(false);
  });

  it('skips headings inside fenced code', () => {
    const md = '## A\n```\n## not a heading\n```\n<Poll id="p" />\n';
    expect({ ...pollSections(md, [{ id: 'a', text: 'A', depth: 2 }]) }).toEqual({ p: 'a' });
  });
});
