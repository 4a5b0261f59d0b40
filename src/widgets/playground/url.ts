// The training playground's settings and their query-string form. A typed
// table of fields drives both directions; parsing never throws: a malformed
// or hostile value falls back to that field's default with a message naming it.

import { quoteSnippet } from '../shared/quote.ts';
import {
  ACTIVATIONS,
  DATASETS,
  FEATURES,
  INITS,
  LOSSES,
  REGULARISATIONS,
  namesOf,
  type ActivationName,
  type DatasetName,
  type FeatureName,
  type InitName,
  type LossChoice,
  type RegularisationName,
} from './registry.ts';

/** Every setting of the playground (with the seed, the whole run is fixed by these). */
export interface Settings {
  dataset: DatasetName;
  classes: number;
  noise: number;
  /** The inputs the network sees, in the registry's order (at least one). */
  features: FeatureName[];
  layers: number;
  units: number;
  activation: ActivationName;
  output: 'sigmoid' | 'softmax';
  loss: LossChoice;
  lr: number;
  batch: number;
  /** The weight penalty and its strength λ; both change while training. */
  reg: RegularisationName;
  regRate: number;
  /** Epochs trained per animation frame while playing (changes while training). */
  speed: number;
  init: InitName;
  dropout: boolean;
  rate: number;
  bn: boolean;
  seed: number;
  epochs: number;
  patience: number;
}

type Field =
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'num'; min: number; max: number; open?: boolean }
  | { kind: 'bool' }
  | { kind: 'set'; values: readonly string[] };

/** How each setting is checked; `open` means the lower bound itself is not allowed. */
export const FIELDS = {
  dataset: { kind: 'enum', values: namesOf(DATASETS) },
  classes: { kind: 'int', min: 2, max: 4 },
  noise: { kind: 'num', min: 0, max: 0.5 },
  features: { kind: 'set', values: namesOf(FEATURES) },
  layers: { kind: 'int', min: 0, max: 6 },
  units: { kind: 'int', min: 1, max: 16 },
  activation: { kind: 'enum', values: namesOf(ACTIVATIONS) },
  output: { kind: 'enum', values: ['sigmoid', 'softmax'] },
  loss: { kind: 'enum', values: namesOf(LOSSES) },
  lr: { kind: 'num', min: 0, max: 1000, open: true },
  batch: { kind: 'int', min: 1, max: 200 },
  reg: { kind: 'enum', values: namesOf(REGULARISATIONS) },
  regRate: { kind: 'num', min: 0, max: 1 },
  speed: { kind: 'int', min: 1, max: 20 },
  init: { kind: 'enum', values: namesOf(INITS) },
  dropout: { kind: 'bool' },
  rate: { kind: 'num', min: 0, max: 0.9 },
  bn: { kind: 'bool' },
  seed: { kind: 'int', min: 0, max: 999999 },
  epochs: { kind: 'int', min: 1, max: 10000 },
  patience: { kind: 'int', min: 0, max: 1000 },
} as const satisfies { [K in keyof Settings]: Field };

/** The settings a fresh playground starts with. */
export const DEFAULTS: Readonly<Settings> = {
  dataset: 'xor',
  classes: 3,
  noise: 0.1,
  features: ['x1', 'x2'],
  layers: 1,
  units: 4,
  activation: 'tanh',
  output: 'sigmoid',
  loss: 'ce',
  lr: 0.3,
  batch: 10,
  reg: 'none',
  regRate: 0.001,
  speed: 1,
  init: 'xavier',
  dropout: false,
  rate: 0,
  bn: false,
  seed: 1,
  epochs: 300,
  patience: 0,
};

const KEYS = Object.keys(FIELDS) as (keyof Settings)[];

/** What went wrong with one field, e.g. "units: 999 is out of range (1 to 8); using the default 4". */
export interface UrlProblem {
  field: keyof Settings | typeof HIDE_PARAM;
  message: string;
}

// Short and safe to show: 20 characters at most, invisible ones named, not dropped.
const quote = (raw: string) => quoteSnippet(raw, 20);

/** Checks one raw value against its field; returns the value or a reason it was refused. */
export function parseField(
  field: Field,
  raw: string,
): { ok: true; value: unknown } | { ok: false; why: string } {
  switch (field.kind) {
    case 'enum':
      return field.values.includes(raw)
        ? { ok: true, value: raw }
        : { ok: false, why: `${quote(raw)} is not one of ${field.values.join(', ')}` };
    case 'set': {
      const asked = raw
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n !== '');
      const bad = asked.find((n) => !field.values.includes(n));
      if (bad !== undefined)
        return { ok: false, why: `${quote(bad)} is not one of ${field.values.join(', ')}` };
      const value = field.values.filter((n) => asked.includes(n));
      return value.length > 0 ? { ok: true, value } : { ok: false, why: 'none is chosen' };
    }
    case 'bool':
      return raw === '1' || raw === '0'
        ? { ok: true, value: raw === '1' }
        : { ok: false, why: `${quote(raw)} is not 0 or 1` };
    default: {
      const trimmed = raw.trim();
      const v = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : NaN;
      if (!Number.isFinite(v)) return { ok: false, why: `${quote(raw)} is not a number` };
      if (field.kind === 'int' && !Number.isInteger(v))
        return { ok: false, why: `${quote(raw)} is not a whole number` };
      const low = field.kind === 'num' && field.open ? v <= field.min : v < field.min;
      if (low || v > field.max) {
        const range =
          field.kind === 'num' && field.open
            ? `above ${field.min}, at most ${field.max}`
            : `${field.min} to ${field.max}`;
        return { ok: false, why: `${v} is out of range (${range})` };
      }
      return { ok: true, value: v };
    }
  }
}

/** The URL parameter that locks an experiment: a comma-separated list of settings whose controls are hidden. */
export const HIDE_PARAM = 'hide';

/** The settings a locked link may hide (every one: the reader then cannot change it). */
export const HIDEABLE: readonly (keyof Settings)[] = KEYS;

/** Reads the hide list: every known name once, in the table's order; unknown names are refused with a message. */
export function parseHidden(raw: string | null): {
  hidden: (keyof Settings)[];
  problems: string[];
} {
  if (raw === null || raw.trim() === '') return { hidden: [], problems: [] };
  const asked = raw.split(',').map((n) => n.trim());
  const unknown = asked.filter((n) => !(HIDEABLE as readonly string[]).includes(n));
  const problems = unknown.map(
    (n) =>
      `${HIDE_PARAM}: ${quote(n)} is not a control that can be hidden (known: ${HIDEABLE.join(', ')}); it stays visible`,
  );
  return { hidden: HIDEABLE.filter((k) => asked.includes(k)), problems };
}

/** Reads settings from a query string; unknown keys are ignored, bad values fall back to the default with a message. */
export function settingsFromQuery(query: string): {
  settings: Settings;
  problems: UrlProblem[];
  hidden: (keyof Settings)[];
} {
  const params = new URLSearchParams(query);
  const settings: Settings = { ...DEFAULTS };
  const problems: UrlProblem[] = [];
  const out = settings as unknown as Record<string, unknown>;
  for (const key of KEYS) {
    const raw = params.get(key);
    if (raw === null) continue;
    const r = parseField(FIELDS[key], raw);
    if (r.ok) out[key] = r.value;
    else
      problems.push({
        field: key,
        message: `${key}: ${r.why}; using the default ${String(DEFAULTS[key])}`,
      });
  }
  if (settings.dropout && settings.rate === 0) {
    settings.rate = DROPOUT_ON_RATE;
    problems.push({
      field: 'rate',
      message: `rate: dropout at rate 0 drops nothing; using ${DROPOUT_ON_RATE}`,
    });
  }
  const hide = parseHidden(params.get(HIDE_PARAM));
  for (const message of hide.problems) problems.push({ field: HIDE_PARAM, message });
  return { settings, problems, hidden: hide.hidden };
}

/** The rate dropout gets when it is switched on at rate 0, which would drop nothing. */
export const DROPOUT_ON_RATE = 0.2;

/** The settings with one changed; dropout switched on at rate 0 gets DROPOUT_ON_RATE instead. */
export function withSetting<K extends keyof Settings>(
  s: Settings,
  key: K,
  value: Settings[K],
): Settings {
  const next = { ...s, [key]: value };
  // Features keep the registry's order, so a link does not depend on the order they were switched on.
  if (key === 'features')
    next.features = namesOf(FEATURES).filter((f) => (value as FeatureName[]).includes(f));
  if (next.dropout && next.rate === 0) next.rate = DROPOUT_ON_RATE;
  return next;
}

/** Writes every setting into a query string (without the "?"), in the table's order; a lock's hide list last. */
export function settingsToQuery(s: Settings, hidden: readonly (keyof Settings)[] = []): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const v = s[key];
    params.set(key, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  if (hidden.length > 0) params.set(HIDE_PARAM, hidden.join(','));
  // Commas are safe in a query; leaving them unescaped keeps a locked link readable.
  return params.toString().replaceAll('%2C', ',');
}
