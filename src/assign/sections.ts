// Which section of a lesson each poll stands in, read from the lesson's MDX
// source in order: a poll belongs to the last h2 or h3 heading above it, so
// choosing sections of a lesson assigns the polls of those sections only.

/** A heading as the builder lists it: its id (slug), text, depth, and for an h3 the h2 it sits under. */
export interface Section {
  id: string;
  text: string;
  depth: number;
  parent?: string;
}

/**
 * Each poll id embedded in `body` (`<Poll id="…" />`) mapped to the id of the
 * section it stands in; polls before the first h2/h3 are left out. `sections`
 * are the rendered h2/h3 headings in order (their slugs are the ids).
 */
export function pollSections(body: string, sections: readonly Section[]): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  let next = 0;
  let current: string | undefined;
  let fence = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    const h = /^(#{2,3})\s+\S/.exec(line);
    if (h) {
      // Match the next rendered heading of the same depth (the slug comes from the renderer).
      while (next < sections.length && sections[next].depth !== h[1].length) next++;
      current = sections[next]?.id;
      next++;
      continue;
    }
    for (const m of line.matchAll(/<Poll\s+id=["']([^"']+)["']/g))
      if (current !== undefined) out[m[1]] = current;
  }
  return out;
}

/** The h2/h3 headings with each h3's h2 named as its parent. */
export function withParents(headings: readonly Omit<Section, 'parent'>[]): Section[] {
  let h2: string | undefined;
  return headings.map((h) => {
    if (h.depth === 2) h2 = h.id;
    return h.depth === 3 && h2 ? { ...h, parent: h2 } : { ...h };
  });
}

/** Whether a poll stands in one of the chosen sections (or under a chosen h2). */
export function inSections(
  poll: string,
  chosen: readonly string[],
  sections: readonly Section[],
  where: Readonly<Record<string, string>>,
): boolean {
  const at = Object.hasOwn(where, poll) ? where[poll] : undefined;
  if (at === undefined) return false;
  const parent = sections.find((s) => s.id === at)?.parent;
  return chosen.includes(at) || (parent !== undefined && chosen.includes(parent));
}
