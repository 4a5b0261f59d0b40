import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { networkToJSON, type Network } from '../../engine/index.ts';
import { publishWidgetState } from '../../progress/widget-state.ts';
import { PLAYGROUND_WIDGET, type PlaygroundTaskState } from '../../quiz/checks/playground.ts';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { PlayControls } from '../shared/PlayControls.tsx';
import { useAnimationLoop } from '../shared/motion.ts';
import { formatNumber } from '../shared/number.ts';
import { DEFAULTS, settingsFromQuery, settingsToQuery, type Settings } from './url.ts';
import { divergence } from './diverge.ts';
import { loadSavedPoints, savePoints } from './saved.ts';
import {
  architecture,
  batchPosition,
  changeSetting,
  createRun,
  featureMaps,
  FRAME_BUDGET_MS,
  isRegression,
  penalty,
  penaltyRates,
  setWeight,
  stepBatch,
  stepEpoch,
  stepFrame,
  taskState,
  type Run,
} from './playground.ts';
import { confusion, decisionMap, networkView, unitMaps, type DecisionPixels } from './views.ts';
import { loadWeights } from './load.ts';
import { PlaygroundControls } from './PlaygroundControls.tsx';
import { PlaygroundOwnData } from './PlaygroundOwnData.tsx';
import { NetworkView } from './PlaygroundNetwork.tsx';
import { CSV_LIMITS, type OwnPoint } from './csv.ts';
import { CLASS_NAMES, Confusion, DecisionMap, LossPlot, UnitMaps } from './PlaygroundViews.tsx';
import { refusalText, statusText, unitName, warningText, words } from './strings.ts';
import { FEATURES } from './registry.ts';

const pct = (x: number) => (Number.isFinite(x) ? `${Math.round(x * 1000) / 10}%` : '—');
const round3 = (v: number) =>
  Math.round(Math.min(CSV_LIMITS.max, Math.max(CSV_LIMITS.min, v)) * 1000) / 1000;
const fmt = (x: number | undefined) =>
  x !== undefined && Number.isFinite(x) ? formatNumber(x, 4) : '—';

/** How often (ms) the detailed views redraw while playing. */
const DETAIL_MS = 250;

function linkFor(s: Settings, hidden: readonly (keyof Settings)[]): string {
  return `${location.origin}${location.pathname}?${settingsToQuery(s, hidden)}#training-playground`;
}

/** The training playground: pick data, network and training settings, train live, share the run as a link. */
export default function TrainingPlayground() {
  const runRef = useRef<Run | null>(null);
  runRef.current ??= createRun(DEFAULTS);
  const run = runRef.current;
  const settings = run.settings;
  const [tick, setTick] = useState(0);
  const [hidden, setHidden] = useState<(keyof Settings)[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [chosen, setChosen] = useState<number | null>(null);
  const [refusals, setRefusals] = useState(0);
  const [running, setRunning] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [link, setLink] = useState('');
  const [own, setOwn] = useState<OwnPoint[]>([]);
  const [pick, setPick] = useState(0);
  const [ownNote, setOwnNote] = useState('');

  function rebuild(s: Settings, net?: Network, points: readonly OwnPoint[] = own): boolean {
    try {
      runRef.current = createRun(s, net, points);
    } catch (e) {
      setNote(words.refusedBuild((e as Error).message));
      return false;
    }
    setRunning(false);
    setChosen(null);
    setTick((t) => t + 1);
    return true;
  }

  function share(s: Settings) {
    const url = linkFor(s, hidden);
    setLink(url);
    history.replaceState(history.state, '', url.replace(location.origin, ''));
  }

  useEffect(() => {
    const parsed = settingsFromQuery(location.search);
    setProblems(parsed.problems.map((p) => p.message));
    setHidden(parsed.hidden);
    // Your own points come back from this browser's storage (they are not in the link).
    const saved = loadSavedPoints(globalThis.localStorage);
    let s = parsed.settings;
    if (saved?.ok) {
      const classes = Math.max(s.classes, ...saved.points.map((p) => p.label + 1));
      if (classes > s.classes && s.dataset === 'custom') s = { ...s, classes };
      if (rebuild(s, undefined, saved.points)) setOwn(saved.points);
    } else {
      rebuild(s);
      if (saved)
        setNote(`Your saved points could not be read (${saved.message}), so they were cleared.`);
    }
    setLink(linkFor(s, parsed.hidden));
  }, []);

  const started = useRef(false);
  useEffect(() => {
    // The first run of this effect sees the empty start, before the saved points are read.
    if (!started.current) return void (started.current = true);
    if (!savePoints(globalThis.localStorage, own) && own.length > 0)
      setOwnNote(
        'This browser did not let the page keep your points: they will be gone after a reload.',
      );
  }, [own]);

  function set<K extends keyof Settings>(key: K, value: Settings[K]) {
    setNote('');
    const change = changeSetting(run, key, value, own);
    if (change.kind === 'refused') {
      // Redraw the controls so a refused checkbox or select shows the kept value again.
      setRefusals((n) => n + 1);
      return setNote(refusalText(change.reason));
    }
    setProblems([]);
    if (change.kind === 'rebuilt') {
      runRef.current = change.run;
      setRunning(false);
      setChosen(null);
    }
    setTick((t) => t + 1);
    share(change.run.settings);
  }

  function fieldError(label: string, message: string | null) {
    setFieldErrors(({ [label]: _, ...rest }) => (message ? { ...rest, [label]: message } : rest));
  }

  /** Adds own points (all or none) and restarts training; returns why they were refused, if they were. */
  function addOwn(points: OwnPoint[]): string | null {
    const all = [...own, ...points.map((p) => ({ ...p, x: round3(p.x), y: round3(p.y) }))];
    if (all.length > CSV_LIMITS.points)
      return `that would make ${all.length} points; the limit is ${CSV_LIMITS.points.toLocaleString('en')}`;
    const classes = Math.max(settings.classes, ...points.map((p) => p.label + 1));
    const s = classes > settings.classes ? { ...settings, classes } : settings;
    if (!rebuild(s, undefined, all)) return 'those points cannot be trained on';
    setOwn(all);
    if (s !== settings) share(s);
    return null;
  }

  function clearOwn() {
    if (rebuild(settings, undefined, [])) setOwn([]);
  }

  function pickAt(x: number, y: number) {
    const c = Math.min(pick, run.classes - 1);
    const refused = addOwn([{ x, y, label: c }]);
    setOwnNote(
      refused ?? `Added a point of class ${c} (${CLASS_NAMES[c]}) at (${round3(x)}, ${round3(y)}).`,
    );
  }

  const advance = () => {
    const ok = stepEpoch(runRef.current!);
    setTick((t) => t + 1);
    return ok;
  };
  const frame = () => {
    // Training gets a bounded share of the frame, so the map and the page keep up on a slow CPU.
    const ok = stepFrame(runRef.current!, FRAME_BUDGET_MS);
    setTick((t) => t + 1);
    return ok;
  };
  const advanceBatch = () => {
    stepBatch(runRef.current!);
    setTick((t) => t + 1);
  };
  useAnimationLoop(running, frame, () => setRunning(false));

  function editWeight(value: number) {
    const link = chosen !== null ? network.links[chosen] : undefined;
    if (link && setWeight(run, link.layer, link.to, link.from, value)) setTick((t) => t + 1);
  }

  // The graded task reads the published settings and weights and recomputes the accuracy itself.
  // While playing, every 10th frame is enough (copying the weights each frame costs frame rate).
  useEffect(() => {
    if (running && tick % 10 !== 0) return;
    const state: PlaygroundTaskState = taskState(run, Object.keys(fieldErrors));
    publishWidgetState(PLAYGROUND_WIDGET, state);
  }, [run, tick, fieldErrors, running]);

  // The decision map's pixels live in one pair of arrays, filled again each frame.
  const pixels = useRef<DecisionPixels | null>(null);
  const view = decisionMap(run, pixels.current ?? undefined);
  pixels.current = view;
  const featureViews = useMemo(() => featureMaps(run.settings.features), [run.settings.features]);
  const matrix = useMemo(() => (run.classes > 2 ? confusion(run) : null), [run, tick]);
  // While playing, the views made of many elements (network lines and unit maps, the loss
  // curves) redraw about every DETAIL_MS, whatever the frame rate; the decision map and the
  // numbers every frame. Paused, everything redraws at once.
  const detailClock = useRef({ at: -Infinity, count: 0 });
  if (running) {
    const now = performance.now();
    if (now - detailClock.current.at >= DETAIL_MS)
      detailClock.current = { at: now, count: detailClock.current.count + 1 };
  }
  const detail = running ? -detailClock.current.count : tick;
  const network = useMemo(() => networkView(run), [run, detail]);
  const units = useMemo(() => unitMaps(run), [run, detail]);
  const names = network.sizes.map((n, col) =>
    Array.from({ length: n }, (_, u) =>
      col === 0
        ? unitName('input', u, { input: FEATURES[run.settings.features[u]].label })
        : col === network.sizes.length - 1
          ? unitName('output', u, { outputs: n })
          : unitName('hidden', u, { layer: col, layers: network.sizes.length - 2 }),
    ),
  );
  const controls = useMemo(
    () => (
      <PlaygroundControls
        s={settings}
        classes={run.classes}
        set={set}
        hidden={hidden}
        onFieldError={fieldError}
        featureMaps={featureViews}
      />
    ),
    [run, settings, own, hidden, featureViews, refusals],
  );
  const networkPicture = useMemo(
    () => (
      <NetworkView
        sizes={network.sizes}
        links={network.links}
        names={names}
        arch={architecture(run.net)}
        selected={chosen}
        onSelect={setChosen}
        onWeight={editWeight}
        units={units}
        activation={run.settings.activation}
      />
    ),
    [network, units, chosen],
  );
  const unitPictures = useMemo(
    () => (
      <UnitMaps units={units} activation={run.settings.activation} epoch={run.trainer.epochs} />
    ),
    [run, detail],
  );
  // The loss curves (a few hundred points) redraw with the detailed views while playing.
  const lossPicture = useMemo(
    () => <LossPlot train={run.trainLoss} test={run.testLoss} />,
    [run, detail],
  );
  const epoch = run.trainer.epochs;
  const custom = run.settings.dataset === 'custom';
  const arch = architecture(run.net);
  const ended = statusText(run.status);
  const warning = ended ? '' : warningText(divergence(run.trainLoss));
  const batch = batchPosition(run);
  const now = run.now;
  const summary =
    `Epoch ${epoch}, ${arch} network on ${custom ? 'your own data' : run.settings.dataset}: training accuracy ${pct(now.trainAcc)}, test accuracy ${pct(now.testAcc)}, ` +
    `training loss ${fmt(now.trainLoss)}, test loss ${fmt(now.testLoss)}.` +
    (ended ? ` Training ${ended}.` : '') +
    (warning ? ` Training is ${warning}.` : '');

  function download() {
    const blob = new Blob([JSON.stringify(networkToJSON(run.net), null, 1)], {
      type: 'application/json',
    });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `playground-${arch}-epoch-${epoch}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    setNote(`Weights after epoch ${epoch} downloaded as ${a.download}.`);
  }

  async function upload(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const r = loadWeights(await file.text(), settings, run.classes);
    input.value = '';
    if (!r.ok) return setNote(`${file.name}: ${r.message}`);
    if (rebuild(r.settings, r.net)) {
      share(r.settings);
      setNote(
        `Loaded the ${file.name} weights (the link gives these settings, not the loaded weights).`,
      );
    }
  }

  async function copy() {
    const url = linkFor(settings, hidden);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setNote('Link copied: it reproduces this run from the start.');
    } catch {
      setNote('Copying was not allowed here; copy the link from the field instead.');
    }
  }

  const mapLabel = `Decision map after ${epoch} epochs: the color at each place is the class the network predicts there (${CLASS_NAMES.slice(0, run.classes).join(', ')}), paler where it is less sure. ${run.train.X.cols} training points (filled) and ${run.test.X.cols} test points (outlined) are drawn over it.`;

  return (
    <section class="nn-widget tp" aria-labelledby="tp-title" id="training-playground">
      <h3 id="tp-title" class="nn-widget-title">
        Training playground
      </h3>
      <p>
        Choose a data set, a network and how to train it, then press Play or step one epoch at a
        time. {run.test.X.cols} of the {run.train.X.cols + run.test.X.cols} points are held out as a
        test set. The page's address always holds every setting, seed included, so a shared link
        reproduces the run exactly.
      </p>
      {problems.length > 0 && (
        <ul class="tp-problems" aria-label="Problems with the link">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {hidden.length > 0 && <p class="tp-note">{words.locked(hidden.length)}</p>}
      {isRegression(settings) && <p class="tp-note">{words.regressionNote}</p>}
      {/* The map first and sticky: it stays in view while the settings beside or below it change. */}
      <div class="tp-stage">
        <figure class="tp-map-figure">
          <DecisionMap
            cls={view.cls}
            conf={view.conf}
            train={run.train}
            test={run.test}
            label={mapLabel}
            onPick={custom ? pickAt : undefined}
          />
          <figcaption>
            {isRegression(settings) ? (
              words.regressionCaption
            ) : (
              <>
                Classes: {CLASS_NAMES.slice(0, run.classes).join(', ')}. Filled shapes: training
                points; outlined: test points.
              </>
            )}
          </figcaption>
        </figure>
        {controls}
      </div>
      {custom && (
        <PlaygroundOwnData
          points={own}
          classes={run.classes}
          pick={Math.min(pick, run.classes - 1)}
          setPick={setPick}
          add={addOwn}
          clear={clearOwn}
          counts={{ train: run.train.X.cols, test: run.test.X.cols }}
          message={ownNote}
          setMessage={setOwnNote}
        />
      )}
      <PlayControls
        running={running}
        onPlay={() => setRunning(true)}
        onPause={() => setRunning(false)}
        onStep={advance}
        onReset={() => rebuild(settings)}
        stepLabel={words.stepEpoch}
        canPlay={!ended}
      />
      <div class="nn-row tp-batch">
        <button
          type="button"
          class="nn-button"
          onClick={advanceBatch}
          disabled={running || !!ended}
        >
          {words.stepBatch}
        </button>
        <span class="tp-note" data-testid="tp-batch">
          {words.batchOf(batch.done, batch.total, batch.epoch)}
        </span>
      </div>
      {ended && (
        <p class="tp-ended" data-testid="tp-ended">
          Training {ended}.
        </p>
      )}
      {warning && (
        <p class="tp-ended tp-diverging" data-testid="tp-diverging">
          Training is {warning}.
        </p>
      )}
      <dl class="tp-numbers nn-result">
        {(
          [
            ['epoch', 'tp-epoch', String(epoch)],
            ['training accuracy', 'tp-train-acc', pct(now.trainAcc)],
            ['test accuracy', 'tp-test-acc', pct(now.testAcc)],
            ['training loss', 'tp-train-loss', fmt(now.trainLoss)],
            ['test loss', 'tp-test-loss', fmt(now.testLoss)],
            ...(settings.reg === 'none'
              ? []
              : ([
                  ['weight penalty', 'tp-penalty', fmt(penalty(run.net, penaltyRates(settings)))],
                ] as const)),
          ] as const
        ).map(([name, id, value]) => (
          <div key={id}>
            <dt>{name}</dt>
            <dd data-testid={id}>{value}</dd>
          </div>
        ))}
      </dl>
      <div class="tp-displays">{lossPicture}</div>
      {matrix && <Confusion m={matrix} />}
      <h4 class="tp-sub">{words.network}</h4>
      {networkPicture}
      <h4 class="tp-sub">Each hidden unit's output</h4>
      {unitPictures}
      <div class="nn-row tp-share">
        <button type="button" class="nn-button" onClick={copy}>
          Copy link
        </button>
        <div class="nn-field tp-link">
          <label for="tp-link">Link to this run</label>
          <input id="tp-link" type="text" readOnly value={link} />
        </div>
      </div>
      {custom && (
        <p class="tp-note">
          Your own points are not in the link (they can be too many for an address). This browser
          keeps them for you across reloads, but a shared link opens "Your own data" empty: send
          your CSV file with it.
        </p>
      )}
      <div class="nn-row tp-files">
        <button type="button" class="nn-button" onClick={download}>
          Download weights (JSON)
        </button>
        <div class="nn-field">
          <label for="tp-load">Load weights from a JSON file</label>
          <input id="tp-load" type="file" accept=".json,application/json" onChange={upload} />
        </div>
      </div>
      {note && (
        <p class="tp-note" data-testid="tp-note">
          {note}
        </p>
      )}
      <LiveStatus>
        {running ? `Training… epoch ${Math.floor(epoch / 50) * 50}` : summary}
      </LiveStatus>
    </section>
  );
}
