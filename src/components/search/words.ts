// Which query words the site holds. Pagefind answers a word it has not indexed
// with its longest indexed prefix ("xyzzy" finds every page with a word in
// "x…"), and has no option to stop that. The build writes every word of the
// index (search-words.json, from Pagefind's own page texts); a query with a
// word the site does not hold shows no results.

/** The words of a text as the search compares them: lower case, letters and digits only. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A word this long or longer is matched by its stem too: "perceptrons" by "perceptron". */
const STEM_MIN = 4;
/** How many letters an ending may add to an indexed word (plurals, -ed, -ing), as Pagefind's stemmer allows. */
const ENDING_MAX = 3;

/** The index of the first word in `sorted` not before `w`. */
function lowerBound(sorted: readonly string[], w: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < w) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * True when `word` can match the site: it starts an indexed word (a word being
 * typed), or an indexed word of at least STEM_MIN letters starts it and leaves
 * at most ENDING_MAX letters (an ending). `sorted` is the site's words, sorted.
 */
export function isKnown(sorted: readonly string[], word: string): boolean {
  if (sorted[lowerBound(sorted, word)]?.startsWith(word)) return true;
  for (let len = word.length - 1; len >= Math.max(STEM_MIN, word.length - ENDING_MAX); len--) {
    const stem = word.slice(0, len);
    if (sorted[lowerBound(sorted, stem)] === stem) return true;
  }
  return false;
}

/** The words of `query` that no page holds (empty: let Pagefind answer). */
export function unknownWords(sorted: readonly string[], query: string): string[] {
  return words(query).filter((w) => !isKnown(sorted, w));
}

/** Where the build writes the site's words, from the site root. */
export const SEARCH_WORDS = 'search-words.json';
