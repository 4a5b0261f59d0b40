import { useRef, useState } from 'preact/hooks';

/** A mutable model held by an island: the object, a version that changes when it did, and ways to change it. */
export interface ModelHandle<M> {
  /** The current model (mutated in place by the engine; replaced by reset). */
  readonly model: M;
  /** Bumped on every touch or reset, so effects and memos can depend on it. */
  readonly version: number;
  /** Redraw after the model was mutated in place. */
  touch(): void;
  /** Mutate the model with `change`, then redraw. */
  update(change: (model: M) => void): void;
  /** Replace the model with a fresh one, from `make` or the hook's own maker. */
  reset(make?: () => M): void;
}

/**
 * Holds an engine object that steps in place (a Descent, a Trainer, a pair of
 * runs) across renders. Preact sees no change when the object mutates, so the
 * version counter stands for "the model moved"; this replaces the
 * tick / generation / reset state every widget used to write by hand.
 */
export function useModel<M>(make: () => M): ModelHandle<M> {
  const ref = useRef<M | null>(null);
  ref.current ??= make();
  const [version, setVersion] = useState(0);
  const touch = () => setVersion((v) => v + 1);
  return {
    model: ref.current,
    version,
    touch,
    update(change) {
      change(ref.current!);
      touch();
    },
    reset(next = make) {
      ref.current = next();
      touch();
    },
  };
}
