// A broken lesson must stop the build with a message a writer can act on:
// these tests build a tiny copy of the site with one flaw each.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const made: string[] = [];

const goodLesson = `---
title: A good lesson
order: 1
minutes: 5
objectives: [Read a formula.]
lectureTopics: [Perceptron]
---

Fine math: $y = f\\left(\\sum_i w_i x_i + b\\right)$.
`;

/** Builds a copy of the site whose content is `files`; returns exit status and all output. */
function buildWith(files: Record<string, string>) {
  // Inside the project, so the copy finds node_modules the ordinary way.
  mkdirSync(join(root, '.test-fixtures'), { recursive: true });
  const dir = mkdtempSync(join(root, '.test-fixtures', 'build-'));
  made.push(dir);
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(root, name), join(dir, name));
  cpSync(join(root, 'src'), join(dir, 'src'), { recursive: true });
  const all = {
    'content/index.mdx': '---\ntitle: Home\n---\n\nHome.\n',
    'content/lessons/01-good.mdx': goodLesson,
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  mkdirSync(join(dir, 'content/polls'), { recursive: true });
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the build', { timeout: 120_000 }, () => {
  it('succeeds on good content (so the failures below are caused by the flaw alone)', () => {
    const { status, output } = buildWith({});
    expect(output).not.toContain('[ERROR]');
    expect(status).toBe(0);
  });

  it('fails on a lesson whose minutes are not a number, naming the file and the field', () => {
    const bad = goodLesson.replace('minutes: 5', 'minutes: ten').replace('order: 1', 'order: 2');
    const { status, output } = buildWith({ 'content/lessons/02-bad.mdx': bad });
    expect(status).not.toBe(0);
    expect(output).toContain('02-bad');
    expect(output).toMatch(/minutes/);
  });

  it('fails on a lesson without objectives, naming the file and the field', () => {
    const bad = goodLesson
      .replace('objectives: [Read a formula.]\n', '')
      .replace('order: 1', 'order: 2');
    const { status, output } = buildWith({ 'content/lessons/02-bad.mdx': bad });
    expect(status).not.toBe(0);
    expect(output).toContain('02-bad');
    expect(output).toMatch(/objectives/);
  });

  it('fails on a formula KaTeX cannot parse, naming the file', () => {
    const bad = goodLesson.replace('order: 1', 'order: 2') + '\nBroken: $\\frac{1}{$ here.\n';
    const { status, output } = buildWith({ 'content/lessons/02-broken-math.mdx': bad });
    expect(status).not.toBe(0);
    expect(output).toContain('02-broken-math.mdx');
    expect(output).toMatch(/KaTeX could not render/);
  });

  it('fails on a poll whose answer is not among its options, naming the file and the poll', () => {
    const poll = `lesson: lessons/01-good
polls:
  - id: good-bad-answer
    type: single
    prompt: Which?
    explanation: Because.
    options:
      - { id: a, text: A, feedback: No. }
      - { id: b, text: B, feedback: Yes. }
    answer: c
`;
    const { status, output } = buildWith({ 'content/polls/01-good.yaml': poll });
    expect(status).not.toBe(0);
    expect(output).toContain('01-good');
    expect(output).toContain('good-bad-answer');
  });

  it('fails on a poll id used in two banks, naming both files and the poll', () => {
    const bank = (lesson: string) => `lesson: ${lesson}
polls:
  - id: shared-id
    type: numeric
    prompt: What is $\\sigma(0)$?
    explanation: One half.
    answer: 0.5
    tolerance: 0.01
`;
    const second = goodLesson
      .replace('order: 1', 'order: 2')
      .replace('A good lesson', 'Another lesson');
    const { status, output } = buildWith({
      'content/lessons/02-second.mdx': second,
      'content/polls/01-good.yaml': bank('lessons/01-good'),
      'content/polls/02-second.yaml': bank('lessons/02-second'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('shared-id');
    expect(output).toContain('01-good.yaml');
    expect(output).toContain('02-second.yaml');
  });

  it('fails on a lesson that embeds a poll id no bank holds, naming the lesson and the id', () => {
    const lesson =
      goodLesson.replace('order: 1', 'order: 2') +
      '\nimport { Poll } from \'~/components/course\';\n\n<Poll id="no-such-poll" />\n';
    const { status, output } = buildWith({ 'content/lessons/02-embeds.mdx': lesson });
    expect(status).not.toBe(0);
    expect(output).toContain('02-embeds.mdx');
    expect(output).toContain('no-such-poll');
  });
});
