import { describe, expect, it } from 'vitest';
import { LOCKABLE, lockLink } from '../../../../src/widgets/playground/lock.ts';
import {
  DEFAULTS,
  HIDEABLE,
  parseHidden,
  settingsFromQuery,
  settingsToQuery,
} from '../../../../src/widgets/playground/url.ts';

const base = 'https://course.example';

describe('locking an experiment', () => {
  it('reads the hide list in the table’s order, each name once', () => {
    expect(parseHidden('lr,units,lr')).toEqual({ hidden: ['units', 'lr'], problems: [] });
    expect(parseHidden('')).toEqual({ hidden: [], problems: [] });
    expect(parseHidden(null)).toEqual({ hidden: [], problems: [] });
  });

  it('refuses unknown names with a message, keeping the known ones', () => {
    const r = settingsFromQuery('?hide=lr,learningRate,<b>&seed=3');
    expect(r.hidden).toEqual(['lr']);
    expect(r.settings.seed).toBe(3);
    expect(r.problems.map((p) => p.message)).toEqual([
      `hide: “learningRate” is not a control that can be hidden (known: ${HIDEABLE.join(', ')}); it stays visible`,
      `hide: “<b>” is not a control that can be hidden (known: ${HIDEABLE.join(', ')}); it stays visible`,
    ]);
  });

  it('keeps the hide list in the playground’s own link', () => {
    const q = settingsToQuery(DEFAULTS, ['dataset', 'lr']);
    expect(q).toMatch(/&hide=dataset,lr$/);
    expect(settingsFromQuery(q)).toEqual({
      settings: DEFAULTS,
      problems: [],
      hidden: ['dataset', 'lr'],
    });
    expect(settingsToQuery(DEFAULTS)).not.toContain('hide');
  });

  it('offers the same controls to the builder as the playground hides', () => {
    expect(LOCKABLE).toEqual(HIDEABLE);
  });

  it('makes the locked link from a playground link, and says why another link cannot be locked', () => {
    const link = `${base}/lessons/09-putting-it-together/?dataset=circles&seed=4#training-playground`;
    expect(lockLink(link, ['lr', 'dataset'], base)).toEqual({
      ok: true,
      link: `${base}/lessons/09-putting-it-together/?dataset=circles&seed=4&hide=dataset,lr#training-playground`,
    });
    expect(lockLink('/lessons/09-putting-it-together/?hide=seed', [], base)).toEqual({
      ok: true,
      link: `${base}/lessons/09-putting-it-together/#training-playground`,
    });
    expect(lockLink('  ', ['lr'], base)).toEqual({
      ok: false,
      message: 'Paste a link to the training playground first.',
    });
    expect(lockLink('http://[bad', ['lr'], base)).toMatchObject({ ok: false });
    expect(lockLink(`${base}/lessons/02-perceptron/`, ['lr'], base)).toEqual({
      ok: false,
      message: 'That link does not lead to the training playground (lesson 9).',
    });
  });
});
