// The words of the course's additions to Starlight's search box.

export const searchText = {
  /** Shown when the query holds a word no page has (Pagefind's own wording for no results). */
  noResults: (query: string) => `No results for ${query}`,
} as const;
