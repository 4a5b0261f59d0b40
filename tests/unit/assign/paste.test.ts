import { describe, expect, it } from 'vitest';
import { readReports } from '../../../src/assign/gradebook.ts';
import { codesFromPaste } from '../../../src/assign/paste.ts';
import { encodeReport, reportFile, type Report } from '../../../src/assign/report.ts';
import { assignment } from './fixtures.ts';

const report = (name: string, n: number): Report => ({
  assignment: assignment.id,
  title: assignment.title,
  name,
  createdAt: 2000,
  // Varied answers, so the code is long enough to wrap over several lines.
  attempts: Array.from({ length: n }, (_, i) => ({
    poll: 'p-numeric',
    answer: String((i * 7919) % 1000),
    at: i,
  })),
});

/** Wraps text at 76 columns, as e-mail clients do. */
const wrap = (t: string) => t.match(/.{1,76}/g)?.join('\r\n') ?? '';

describe('codesFromPaste', () => {
  it('joins codes wrapped by an e-mail client at 76 columns', async () => {
    const ada = await encodeReport(report('Ada', 60), assignment);
    const bob = await encodeReport(report('Bob', 3), assignment);
    expect(ada.length).toBeGreaterThan(300);
    const mail = `Hello,\r\nhere are the codes:\r\n\r\n${wrap(ada)}\r\n${wrap(bob)}\r\n\r\nThanks, Eve`;
    expect(await codesFromPaste(mail)).toEqual([ada, bob]);
  });

  it('drops a full stop, bracket or quote around a code', async () => {
    const ada = await encodeReport(report('Ada', 2), assignment);
    expect(await codesFromPaste(`My code is ${ada}.`)).toEqual([ada]);
    expect(await codesFromPaste(`(see ${ada})`)).toEqual([ada]);
    expect(await codesFromPaste(`"${ada}",`)).toEqual([ada]);
  });

  it('reads a whole report file pasted as text', async () => {
    const r = report('Ada', 2);
    const code = await encodeReport(r, assignment);
    expect(await codesFromPaste(reportFile(r, code))).toEqual([code]);
  });

  it('gives one row for text without any code, and one for a cut-off code', async () => {
    expect(await codesFromPaste('no codes here, sorry')).toEqual(['no codes here, sorry']);
    const ada = await encodeReport(report('Ada', 60), assignment);
    const cut = ada.slice(0, 200);
    const codes = await codesFromPaste(`${wrap(cut)}\n\nThanks`);
    expect(codes).toHaveLength(1);
    const { refused } = await readReports(
      codes.map((text) => ({ label: 'p', text })),
      assignment,
    );
    expect(refused.map((r) => r.flag)).toEqual(['integrity']);
  });
});
