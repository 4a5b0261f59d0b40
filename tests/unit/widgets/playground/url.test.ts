import { describe, expect, it } from 'vitest';
import {
  DEFAULTS,
  parseField,
  settingsFromQuery,
  settingsToQuery,
  withSetting,
  type Settings,
} from '../../../../src/widgets/playground/url.ts';

describe('playground URL codec', () => {
  it('round-trips every setting', () => {
    const s: Settings = {
      dataset: 'blobs',
      classes: 4,
      noise: 0.25,
      features: ['x1', 'x2sq', 'sinx2'],
      layers: 3,
      units: 8,
      activation: 'leaky-relu',
      output: 'softmax',
      loss: 'mse',
      lr: 0.0125,
      batch: 7,
      reg: 'l1',
      regRate: 0.03,
      speed: 5,
      init: 'he',
      dropout: true,
      rate: 0.35,
      bn: true,
      seed: 123456,
      epochs: 950,
      patience: 20,
    };
    const q = settingsToQuery(s);
    expect(settingsFromQuery(q)).toEqual({ settings: s, problems: [], hidden: [] });
    expect(settingsFromQuery(`?${q}`).settings).toEqual(s);
  });

  it('gives the defaults for an empty query and ignores unknown keys', () => {
    expect(settingsFromQuery('')).toEqual({ settings: DEFAULTS, problems: [], hidden: [] });
    expect(settingsFromQuery('?foo=1&utm_source=x')).toEqual({
      settings: DEFAULTS,
      problems: [],
      hidden: [],
    });
  });

  it('falls back field by field on hostile values, naming each field', () => {
    const { settings, problems } = settingsFromQuery(
      '?lr=NaN&units=999&dataset=<script>alert(1)</script>&seed=7',
    );
    expect(settings).toEqual({ ...DEFAULTS, seed: 7 });
    expect(problems.map((p) => p.field)).toEqual(['dataset', 'units', 'lr']);
    expect(problems[0].message).toBe(
      'dataset: “<script>alert(1)</sc…” is not one of xor, circles, spirals, blobs, moons, custom, plane, bumps; using the default xor',
    );
    expect(problems[1].message).toBe('units: 999 is out of range (1 to 16); using the default 4');
    expect(problems[2].message).toBe('lr: “NaN” is not a number; using the default 0.3');
  });

  it('rejects zero, negative, infinite, hex and partly numeric values', () => {
    for (const raw of ['0', '-1', 'Infinity', '1e999', '0x10', '1abc', '', ' ', '1,5']) {
      expect(settingsFromQuery(`lr=${encodeURIComponent(raw)}`).settings.lr).toBe(DEFAULTS.lr);
    }
    expect(settingsFromQuery('lr=1e-3').settings.lr).toBe(0.001);
    expect(settingsFromQuery('lr=1000').settings.lr).toBe(1000);
    expect(settingsFromQuery('lr=1000.5').problems[0].message).toBe(
      'lr: 1000.5 is out of range (above 0, at most 1000); using the default 0.3',
    );
  });

  it('checks whole numbers, booleans and control characters', () => {
    expect(settingsFromQuery('layers=1.5').problems[0].message).toBe(
      'layers: “1.5” is not a whole number; using the default 1',
    );
    expect(settingsFromQuery('bn=true').problems[0].message).toBe(
      'bn: “true” is not 0 or 1; using the default false',
    );
    expect(settingsFromQuery('bn=1&dropout=0').settings).toMatchObject({
      bn: true,
      dropout: false,
    });
    // Invisible characters are named, not stripped: a bare “relu” would contradict the list.
    expect(settingsFromQuery('activation=%00%0Arelu').problems[0].message).toBe(
      'activation: “⟨U+0000⟩⟨U+000A⟩relu” is not one of tanh, relu, sigmoid, leaky-relu; using the default tanh',
    );
    expect(settingsFromQuery('units=4%E2%80%8B').problems[0].message).toBe(
      'units: “4⟨U+200B⟩” is not a number; using the default 4',
    );
    expect(parseField({ kind: 'int', min: 0, max: 3 }, '3')).toEqual({ ok: true, value: 3 });
  });
});

describe('dropout is never on at rate 0', () => {
  it('switching it on at rate 0 picks 0.2; a set rate is kept', () => {
    expect(withSetting(DEFAULTS, 'dropout', true)).toMatchObject({ dropout: true, rate: 0.2 });
    expect(withSetting({ ...DEFAULTS, rate: 0.5 }, 'dropout', true).rate).toBe(0.5);
    expect(withSetting(DEFAULTS, 'dropout', false).rate).toBe(0);
  });
  it('a link with dropout on at rate 0 gets 0.2 and says so', () => {
    const { settings, problems } = settingsFromQuery('dropout=1&rate=0');
    expect(settings).toMatchObject({ dropout: true, rate: 0.2 });
    expect(problems.map((p) => p.message)).toEqual([
      'rate: dropout at rate 0 drops nothing; using 0.2',
    ]);
  });
});
