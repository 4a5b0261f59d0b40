import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { ClientFollowedBy } from '../../quiz/client-poll.ts';
import { hostText as t } from '../strings.ts';

// The experiments a poll can be followed by, loaded (with the engine) only when run.
const widgets: Record<string, () => Promise<{ default: ComponentType }>> = {
  'init-experiment': () => import('../../widgets/init-experiment/InitExperiment.tsx'),
  'perceptron lab': () => import('../../widgets/perceptron/PerceptronLab.tsx'),
  'gradient descent lab': () => import('../../widgets/descent/GradientDescentLab.tsx'),
};

/** The loader of the experiment a poll names (by anchor, else by title), if the projector can run it. */
export function experimentFor(target: ClientFollowedBy) {
  return widgets[target.anchor ?? ''] ?? widgets[target.title.trim().toLowerCase()];
}

/** "Predict, then run it": a button that runs the poll's experiment on the projector. */
export function Experiment({ target }: { target: ClientFollowedBy }) {
  const load = experimentFor(target);
  const [open, setOpen] = useState(false);
  const [Widget, setWidget] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (open && !Widget && load) void load().then((m) => setWidget(() => m.default));
  }, [open]);
  if (!load) return null;
  return (
    <section class="live-experiment" aria-label={target.title}>
      <p>{t.runItHint}</p>
      <button
        type="button"
        class="nn-button live-primary"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? t.closeExperiment : t.runIt(target.title)}
      </button>
      {open && Widget && <Widget />}
    </section>
  );
}
