// Lookups by ids that come from links and reports: an id such as "constructor"
// or "__proto__" must be a plain key, never a property inherited from Object.

/** The value stored under `key` in `rec` itself (never an inherited one such as "constructor"). */
export function own<T>(rec: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(rec, key) ? rec[key] : undefined;
}

/** An empty record without a prototype, so any id (even "__proto__") is an ordinary key. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
