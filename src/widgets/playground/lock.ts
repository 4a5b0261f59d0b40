// Locking an experiment: a playground link with a `hide` list, so the reader
// sees the chosen controls' settings but cannot change them (as TensorFlow
// Playground's `_hide` suffix does). Pure and free of the engine, so the
// assignment builder can use it without loading the playground.
import { controlLabels, lockErrors } from './strings.ts';
import type { Settings } from './url.ts';

/** The lesson page that holds the training playground. */
export const PLAYGROUND_PAGE = '/lessons/09-putting-it-together/';

/** The controls a lock may hide, in the playground's order, with the labels a teacher chooses by. */
export const LOCKABLE = Object.keys(controlLabels) as (keyof Settings)[];

/** Either the locked link, or why the given one cannot be locked. */
export type Locked = { ok: true; link: string } | { ok: false; message: string };

/**
 * The link with `hide` set to the chosen controls (in the playground's order;
 * none chosen removes it). `base` resolves a link given as a path.
 */
export function lockLink(link: string, hide: readonly (keyof Settings)[], base: string): Locked {
  const text = link.trim();
  if (text === '') return { ok: false, message: lockErrors.empty };
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return { ok: false, message: lockErrors['not-a-link'] };
  }
  if (!url.pathname.endsWith(PLAYGROUND_PAGE))
    return { ok: false, message: lockErrors['not-playground'] };
  const chosen = LOCKABLE.filter((k) => hide.includes(k));
  if (chosen.length > 0) url.searchParams.set('hide', chosen.join(','));
  else url.searchParams.delete('hide');
  url.hash = 'training-playground';
  return { ok: true, link: url.toString().replaceAll('%2C', ',') };
}
