import { z } from 'astro/zod';

const id = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use lower-case words joined by hyphens, e.g. "init-zero-weights"',
  );

const option = z.object({
  id: z.string().min(1),
  /** Markdown with math, shown beside the radio or checkbox. */
  text: z.string().min(1),
  /** Shown when this option is chosen: why it is right or wrong. */
  feedback: z.string().min(1),
});

/**
 * Predict, then run: the experiment that stands right after the poll in its
 * lesson and shows the answer. After a check the poll links to it ("Now run it").
 */
const followedBy = z.object({
  /** The experiment's title as the reader sees it, e.g. "Perceptron lab". */
  title: z.string().min(1),
  /** The id of the element to link to; when omitted, the next widget on the page with this title. */
  anchor: z
    .string()
    .regex(/^[A-Za-z][\w-]*$/, 'an element id, e.g. "init-experiment"')
    .optional(),
});

const common = {
  id,
  /** Markdown with math. */
  prompt: z.string().min(1),
  /** The worked solution: shown once the answer is right, after a second wrong try, or on request. */
  explanation: z.string().min(1),
  /** Markdown shown after a first wrong answer, before the solution (default: the explanation's first sentence). */
  hint: z.string().min(1).optional(),
  /** True for the polls taken from the lecture itself. */
  fromLecture: z.boolean().default(false),
  /** The experiment that follows the poll and shows its answer (predict, then run). */
  followedBy: followedBy.optional(),
};

const single = z.object({
  ...common,
  type: z.literal('single'),
  options: z.array(option).min(2),
  answer: z.string().min(1),
});

const multiple = z.object({
  ...common,
  type: z.literal('multiple'),
  options: z.array(option).min(2),
  answer: z.array(z.string().min(1)).min(1),
});

const numeric = z.object({
  ...common,
  type: z.literal('numeric'),
  answer: z.number(),
  tolerance: z.number().nonnegative(),
  unit: z.string().optional(),
});

const widget = z.object({
  ...common,
  type: z.literal('widget'),
  /** The name of a registered check that grades the widget's state. */
  check: z.string().min(1),
});

/** One poll: single choice, multiple choice, numeric or widget task. */
export const pollSchema = z
  .discriminatedUnion('type', [single, multiple, numeric, widget])
  .superRefine((poll, ctx) => {
    if (poll.hint !== undefined && poll.hint.trim() === poll.explanation.trim()) {
      ctx.addIssue({
        code: 'custom',
        path: ['hint'],
        message: `poll "${poll.id}": the hint repeats the whole explanation; give a first step instead`,
      });
    }
    if (poll.type !== 'single' && poll.type !== 'multiple') return;
    const ids = poll.options.map((o) => o.id);
    const answers = poll.type === 'single' ? [poll.answer] : poll.answer;
    for (const a of answers) {
      if (!ids.includes(a)) {
        ctx.addIssue({
          code: 'custom',
          path: ['answer'],
          message: `poll "${poll.id}": answer "${a}" is not among its options (${ids.join(', ')})`,
        });
      }
    }
    const seen = new Set<string>();
    for (const o of ids) {
      if (seen.has(o)) {
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: `poll "${poll.id}": option id "${o}" is used twice`,
        });
      }
      seen.add(o);
    }
  });

/** A poll bank: the polls of one lesson, in `content/polls/<lesson>.yaml`. */
export const pollBankSchema = z
  .object({
    /** The lesson's id, e.g. "lessons/03-weights-bias-activations". */
    lesson: z.string().min(1),
    polls: z.array(pollSchema).min(1),
  })
  .superRefine((bank, ctx) => {
    const seen = new Set<string>();
    bank.polls.forEach((poll, i) => {
      if (seen.has(poll.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['polls', i, 'id'],
          message: `poll id "${poll.id}" is used twice`,
        });
      }
      seen.add(poll.id);
    });
  });

export type Poll = z.infer<typeof pollSchema>;
export type PollBank = z.infer<typeof pollBankSchema>;
