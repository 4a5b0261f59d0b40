// What teachers paste is rarely one clean code per line: a whole report file's
// text, a code wrapped by an e-mail client at 76 columns, a code at the end of a
// sentence ("… nnR1.….xyz."), in brackets, or among other words. This finds the
// codes in it, so each one imports or is refused for one clear reason.
import { peekCode, TAG_CHARS } from './codec.ts';
import { codeFromFile, MAX_REPORT_CODE } from './report.ts';

const RUN = /^[A-Za-z0-9_.-]*/;
const TAG = new RegExp(`^\\.[A-Za-z0-9_-]{${TAG_CHARS}}$`);

/** Whether `code` looks whole: it ends in a full tag and its body reads (a wrapped code's first lines do not). */
async function whole(code: string): Promise<boolean> {
  if (!TAG.test(code.slice(-(TAG_CHARS + 1)))) return false;
  const peek = await peekCode(code, code.slice(0, code.indexOf('.') + 1), MAX_REPORT_CODE);
  return peek.ok || peek.error === 'too-large';
}

/** The report codes in pasted text, in order (codes split over lines are joined); the text itself when it holds none. */
export async function codesFromPaste(text: string): Promise<string[]> {
  const t = text.trim();
  if (t === '') return [];
  if (t.startsWith('{')) {
    const code = codeFromFile(t);
    if (code !== null) return [code];
  }
  const words = t.split(/\s+/);
  const codes: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const at = words[i].search(/nnR\d/);
    if (at < 0) continue;
    const first = RUN.exec(words[i].slice(at))?.[0] ?? '';
    let code = first;
    // A run that stops inside its word ended at punctuation: the code is complete.
    let open = at + first.length === words[i].length;
    while (open && i + 1 < words.length && !(await whole(code.replace(/\.+$/, '')))) {
      const next = words[i + 1];
      const run = RUN.exec(next)?.[0] ?? '';
      if (run === '' || /nnR\d/.test(next)) break;
      code += run;
      i++;
      open = run.length === next.length;
    }
    // A tag never ends in ".", so trailing full stops belong to the sentence.
    codes.push(code.replace(/\.+$/, ''));
  }
  return codes.length > 0 ? codes : [t];
}
