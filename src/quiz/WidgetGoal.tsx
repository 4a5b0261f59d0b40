import { useEffect, useState } from 'preact/hooks';
import { $widgetState } from '../progress/widget-state.ts';
import { pollText as t } from './strings.ts';

/** How long the widget's state must rest before the goal is checked again (ms): no checking mid-drag or mid-run. */
const SETTLE_MS = 400;

/**
 * A widget task's goal, live: whether the widget's current state meets it, by the
 * same check that Check runs. Nothing is recorded here; the line changes (and is
 * announced) only when the answer flips between met and not met.
 */
export function WidgetGoal({ check }: { check: string }) {
  const [met, setMet] = useState<boolean | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let widget: string | null = null;
    let seen: unknown;
    let gone = false;
    const run = async () => {
      // Loaded once the widget has published a state: the widget has loaded the engine by then.
      const { widgetChecks } = await import('./widget-checks.ts');
      const c = widgetChecks[check];
      if (gone || !c) return;
      widget = c.widget;
      const state = $widgetState.get()[widget];
      seen = state;
      if (state === undefined) return setMet(null);
      const out = c.run(state);
      setMet(out.invalid ? null : out.ok);
    };
    const unbind = $widgetState.subscribe((states) => {
      if (widget !== null && states[widget] === seen) return;
      clearTimeout(timer);
      timer = setTimeout(() => void run(), SETTLE_MS);
    });
    return () => {
      gone = true;
      clearTimeout(timer);
      unbind();
    };
  }, [check]);
  return (
    <p class={`poll-goal${met ? ' is-met' : ''}`} aria-live="polite">
      {met === null ? '' : met ? t.goalMet : t.goalNotMet}
    </p>
  );
}
