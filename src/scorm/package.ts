// The SCORM 1.2 package of an assignment, made from the built site's files
// (fetched by the builder in the browser, read from dist/ by the CLI): the
// player page as index.html, the assigned lessons' pages and their assets,
// all links relative, and imsmanifest.xml listing every file. Zipped by fflate.
import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import type { Assignment } from '../assign/assignment.ts';
import { PLAYER_PAGE, type ScormFiles } from './files.ts';
import { scormManifest } from './manifest.ts';
import { rewriteCss, rewriteHtml, rewritePreloadHelper } from './rewrite.ts';

/** The package's launch page (the player). */
export const LAUNCH = 'index.html';

/** What the player reads from its page: the assignment and the pass mark. */
export interface PackageData {
  assignment: Assignment;
  passMark: number | null;
}

/** Reads one built file (dist-relative path) as bytes. */
export type ReadBytes = (path: string) => Promise<Uint8Array>;

/** The dist-relative files a package of this assignment needs (pages first), or why not. */
export function packageFiles(index: ScormFiles, a: Assignment): string[] {
  const files = new Set<string>([index.player.page, ...index.player.assets]);
  for (const l of a.lessons) {
    const entry = index.lessons[l.lesson];
    if (!entry) throw new Error(`The lesson "${l.lesson}" is not in this build of the course.`);
    files.add(entry.page);
    for (const f of entry.assets) files.add(f);
  }
  return [...files];
}

/** The player page with the package's data in its data slot (as JSON that cannot close the script). */
function withData(html: string, data: PackageData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const slot = /(<script type="application\/json" id="nn-scorm-data">)[\s\S]*?(<\/script>)/;
  if (!slot.test(html)) throw new Error('the player page has no data slot');
  return html.replace(slot, (_, open: string, close: string) => `${open}${json}${close}`);
}

/** The zip of the SCORM 1.2 package (imsmanifest.xml at its root). */
export async function makePackage(
  index: ScormFiles,
  data: PackageData,
  read: ReadBytes,
): Promise<Uint8Array> {
  const wanted = packageFiles(index, data.assignment);
  // In the package the player is the root page; everything else keeps its place.
  const at = (f: string) => (f === PLAYER_PAGE ? LAUNCH : f);
  const present = new Set(wanted.map(at));
  const files: Zippable = {};
  for (const f of wanted) {
    const bytes = await read(f);
    const path = at(f);
    if (f.endsWith('.html')) {
      let html = rewriteHtml(strFromU8(bytes), path, present);
      if (f === PLAYER_PAGE) html = withData(html, data);
      files[path] = strToU8(html);
    } else if (f.endsWith('.css')) files[path] = strToU8(rewriteCss(strFromU8(bytes)));
    else if (/\/preload-helper\.[^/]*\.js$/.test(f))
      files[path] = strToU8(rewritePreloadHelper(strFromU8(bytes)));
    else files[path] = bytes;
  }
  const listed = Object.keys(files).sort();
  files['imsmanifest.xml'] = strToU8(
    scormManifest({
      id: data.assignment.id,
      title: data.assignment.title,
      launch: LAUNCH,
      files: listed,
      passMark: data.passMark,
    }),
  );
  // Fonts and images are compressed already; text shrinks well at level 6.
  return zipSync(files, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}

/** A file name for the package ("neural-networks-week-3-scorm12.zip"). */
export function packageName(a: Assignment): string {
  const slug = a.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'assignment'}-scorm12.zip`;
}
