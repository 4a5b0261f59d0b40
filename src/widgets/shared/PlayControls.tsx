interface Props {
  running: boolean;
  onPlay: () => void;
  onPause: () => void;
  onStep: () => void;
  onReset: () => void;
  /** What one step does, e.g. "Step one epoch"; also the Step button's name. */
  stepLabel?: string;
  /** Play is unavailable, e.g. once training has converged or diverged. */
  canPlay?: boolean;
}

/** Play/pause, step and reset: real buttons with names, usable by keyboard and touch. */
export function PlayControls({
  running,
  onPlay,
  onPause,
  onStep,
  onReset,
  stepLabel = 'Step',
  canPlay = true,
}: Props) {
  return (
    <div class="nn-row nn-controls">
      {running ? (
        <button type="button" class="nn-button" onClick={onPause}>
          Pause
        </button>
      ) : (
        <button type="button" class="nn-button" onClick={onPlay} disabled={!canPlay}>
          Play
        </button>
      )}
      <button type="button" class="nn-button" onClick={onStep} disabled={running || !canPlay}>
        {stepLabel}
      </button>
      <button type="button" class="nn-button" onClick={onReset}>
        Reset
      </button>
    </div>
  );
}
