// Results downloads: one row per learner × run, as CSV (with a BOM, so
// spreadsheet programs read accents) or JSON.
import { Hono } from 'hono';
import type { ResultRow } from '../store/repository.ts';
import { codeParam } from '../schemas.ts';
import { teacherKey } from './teacher.ts';
import type { RouteDeps } from './context.ts';

/** One CSV field, quoted when needed; a leading = + - @ is defused (numbers aside) so no spreadsheet runs it as a formula. */
export function csvField(value: string): string {
  const number = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value);
  const v = !number && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

const answerText = (a: unknown) => (Array.isArray(a) ? a.join(';') : String(a));

/** The CSV text of `rows`, BOM first. */
export function resultsCsv(rows: ResultRow[]): string {
  const lines = [['name', 'poll_id', 'run_id', 'answer', 'correct', 'answered_at'].join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.name ?? '',
        r.pollId,
        r.runId,
        answerText(JSON.parse(r.answer)),
        String(r.correct),
        r.acceptedAt,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** The results routes. */
export function resultsRoutes(deps: RouteDeps) {
  const rows = async (code: string, key: string | undefined) => {
    const s = await deps.live.asTeacher(codeParam.parse(code), key);
    return { s, rows: await deps.repo.results(s.code) };
  };
  return new Hono()
    .get('/live/:code/results.csv', async (c) => {
      const { s, rows: r } = await rows(c.req.param('code'), teacherKey(c));
      c.header('Content-Disposition', `attachment; filename="class-${s.code}.csv"`);
      return c.body(resultsCsv(r), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    })
    .get('/live/:code/results.json', async (c) => {
      const { s, rows: r } = await rows(c.req.param('code'), teacherKey(c));
      c.header('Content-Disposition', `attachment; filename="class-${s.code}.json"`);
      return c.json({
        code: s.code,
        title: s.title,
        rows: r.map((x) => ({
          name: x.name,
          learnerId: x.learnerId,
          pollId: x.pollId,
          runId: x.runId,
          answer: JSON.parse(x.answer),
          correct: x.correct,
          answeredAt: x.acceptedAt,
        })),
      });
    });
}
