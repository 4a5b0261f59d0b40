// The playground's graded task on worked cases: the check rebuilds the test
// points from the published settings and measures the published weights itself.
import { describe, expect, it } from 'vitest';
import { networkToJSON } from '../../../../src/engine/index.ts';
import {
  PLAYGROUND_WIDGET,
  playgroundChecks,
  readPlaygroundTaskState,
} from '../../../../src/quiz/checks/playground.ts';
import { widgetChecks } from '../../../../src/quiz/widget-checks.ts';
import { messageText } from '../../../../src/quiz/strings.ts';
import { DEFAULTS, type Settings } from '../../../../src/widgets/playground/url.ts';
import {
  createRun,
  setWeight,
  stepEpoch,
  taskState,
} from '../../../../src/widgets/playground/playground.ts';

const check = playgroundChecks['playground-circles-95'];
const trained = (over: Partial<Settings>, epochs: number) => {
  const r = createRun({ ...DEFAULTS, dataset: 'circles', epochs, ...over });
  while (stepEpoch(r));
  return r;
};

describe('playground task: 95% test accuracy on circles with at most 4 hidden units', () => {
  it('is registered under the playground’s widget id', () => {
    expect(widgetChecks['playground-circles-95']).toBe(check);
    expect(check.widget).toBe(PLAYGROUND_WIDGET);
  });

  it('passes the default 2-4-1 network after 60 epochs, at the accuracy the run measured', () => {
    const r = trained({}, 60);
    const out = check.run(taskState(r));
    expect(out.ok).toBe(true);
    expect(out.message).toEqual({
      code: 'playground-goal-met',
      params: { acc: Math.round(r.now.testAcc * 1000) / 10, goal: 95, units: 4 },
    });
    expect(messageText(out.message)).toMatch(
      /^With these weights the network classifies \d+(\.\d)?% of the test points right, with 4 hidden units: goal reached\.$/,
    );
  });

  it('fails an untrained network and a 2-unit one, saying how far it is', () => {
    const fresh = createRun({ ...DEFAULTS, dataset: 'circles' });
    const out = check.run(taskState(fresh));
    expect(out).toMatchObject({ ok: false, message: { code: 'playground-below-goal' } });
    expect(out.message.params?.acc).toBe(Math.round(fresh.now.testAcc * 1000) / 10);
    expect(check.run(taskState(trained({ units: 2 }, 300)))).toMatchObject({ ok: false });
  });

  it('measures the weights, not the widget: a trained network with one weight zeroed is graded on what it now does', () => {
    const r = trained({}, 60);
    for (let from = 0; from < 4; from++) setWeight(r, 1, 0, from, 0); // cut the output unit off
    const out = check.run(taskState(r));
    expect(out.ok).toBe(false);
    expect(out.message.params?.acc).toBe(Math.round(r.now.testAcc * 1000) / 10);
  });

  it('refuses more than 4 hidden units and another data set', () => {
    expect(check.run(taskState(trained({ units: 5 }, 60)))).toEqual({
      ok: false,
      message: { code: 'playground-too-many-units', params: { units: 5, max: 4 } },
    });
    expect(check.run(taskState(trained({ layers: 2, units: 3 }, 5))).message.params?.units).toBe(6);
    expect(check.run(taskState(trained({ dataset: 'xor' }, 5)))).toEqual({
      ok: false,
      message: { code: 'playground-dataset', params: { dataset: 'circles' } },
    });
  });

  it('grades settings and weights together: weights trained on one seed are measured on the published seed', () => {
    const r = trained({}, 60);
    const state = taskState(r);
    const other = { ...state, query: state.query.replace('seed=1&', 'seed=2&') };
    expect(other.query).not.toBe(state.query);
    // The same weights in a run of seed 2: its test accuracy is what the check must find.
    const again = createRun({ ...r.settings, seed: 2 }, r.net);
    expect(check.run(other).message.params?.acc).toBe(Math.round(again.now.testAcc * 1000) / 10);
    expect(again.now.testAcc).not.toBe(r.now.testAcc);
  });

  it('refuses a malformed state, and does not grade while a field is in error', () => {
    const good = taskState(createRun({ ...DEFAULTS, dataset: 'circles' }));
    const missing = { ok: false, invalid: true, message: { code: 'widget-missing' } };
    for (const bad of [
      null,
      42,
      { ...good, query: 7 },
      { ...good, network: null },
      { ...good, fieldErrors: 'Seed' },
      { ...good, query: 'units=999' },
      { ...good, network: { format: 'nn-engine', version: 1, spec: {}, weights: [] } },
    ])
      expect(check.run(bad)).toEqual(missing);
    expect(readPlaygroundTaskState(good)).toEqual(good);
    expect(check.run({ ...good, fieldErrors: ['Seed'] })).toEqual({
      ok: false,
      invalid: true,
      message: { code: 'widget-field-error', params: { fields: 'Seed' } },
    });
    // A network that does not fit the data (3 inputs) is not a playground network.
    const json = networkToJSON(createRun({ ...DEFAULTS }).net);
    json.spec.inputs = 3;
    expect(check.run({ ...good, network: json })).toEqual(missing);
  });
});
