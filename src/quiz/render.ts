// Poll Markdown to HTML at build time, with the same math pipeline as the
// lessons: remark-math and the strict KaTeX plugin, so a broken formula in a
// poll fails the build, naming the bank file and the poll.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatexStrict from '../markdown/rehype-katex-strict.mjs';
import { hasMath, speakable } from '../markdown/speakable.ts';
import type { Poll } from './poll-schema.ts';
import type { ClientPoll } from './client-poll.ts';
import { hintFor } from './hint.ts';

let processor: Promise<MarkdownRenderer> | null = null;

function getProcessor(): Promise<MarkdownRenderer> {
  processor ??= createMarkdownProcessor({
    syntaxHighlight: false,
    remarkPlugins: [remarkMath],
    rehypePlugins: [rehypeKatexStrict],
  });
  return processor;
}

/** Markdown to HTML; `where` names the file and the poll's field in an error. */
async function toHtml(markdown: string, file: string, where: string): Promise<string> {
  const md = await getProcessor();
  try {
    return (await md.render(markdown, { fileURL: pathToFileURL(resolve(file)) })).code;
  } catch (err) {
    throw new Error(`${file}: ${where}: ${(err as Error).message}`);
  }
}

/** A short text rendered inline: its single paragraph unwrapped (for labels and legends). */
async function toInlineHtml(markdown: string, file: string, where: string): Promise<string> {
  const html = (await toHtml(markdown, file, where)).trim();
  // Several paragraphs stay separate lines, but as spans: a legend or label holds phrasing content only.
  return html.replace(/^<p>([\s\S]*)<\/p>$/, (_, inner: string) =>
    inner.includes('<p>')
      ? `<span class="poll-para">${inner.replace(/<\/p>\s*<p>/g, '</span><span class="poll-para">')}</span>`
      : inner,
  );
}

/** Renders every text of a poll from the bank at `file` to HTML (prompt, options, feedback, explanation). */
export async function renderPoll(poll: Poll, lesson: string, file: string): Promise<ClientPoll> {
  const at = (field: string) => `poll "${poll.id}" ${field}`;
  const hint = hintFor(poll);
  const base = {
    ...(hint ? { hint: await toHtml(hint, file, at('hint')) } : {}),
    id: poll.id,
    lesson,
    prompt: await toInlineHtml(poll.prompt, file, at('prompt')),
    explanation: await toHtml(poll.explanation, file, at('explanation')),
    fromLecture: poll.fromLecture,
    followedBy: poll.followedBy,
  };
  if (poll.type === 'single' || poll.type === 'multiple') {
    const options = await Promise.all(
      poll.options.map(async (o) => ({
        id: o.id,
        text: await toInlineHtml(o.text, file, at(`option "${o.id}"`)),
        // A choice written in math gets a spoken name: MathML does not name a label.
        ...(hasMath(o.text) ? { label: speakable(o.text) } : {}),
        feedback: await toHtml(o.feedback, file, at(`feedback of option "${o.id}"`)),
      })),
    );
    return poll.type === 'single'
      ? { ...base, type: 'single', options, answer: poll.answer }
      : { ...base, type: 'multiple', options, answer: poll.answer };
  }
  if (poll.type === 'numeric') {
    return {
      ...base,
      type: 'numeric',
      answer: poll.answer,
      tolerance: poll.tolerance,
      unit: poll.unit,
    };
  }
  return { ...base, type: 'widget', check: poll.check };
}
