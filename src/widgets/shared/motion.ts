import { useEffect, useRef, useState } from 'preact/hooks';

/** True when the reader asked the system for less motion. */
export function usePrefersReducedMotion(): boolean {
  const [reduce, setReduce] = useState(false);
  useEffect(() => {
    const mq = window.matchMedia('(prefers-reduced-motion: reduce)');
    setReduce(mq.matches);
    const on = () => setReduce(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return reduce;
}

/**
 * Calls `frame` once per animation frame while `running` is true; `frame`
 * returns false to stop. Only ever started by the reader (a Play button), so
 * nothing moves on its own.
 */
export function useAnimationLoop(running: boolean, frame: () => boolean, onStop: () => void): void {
  const latest = useRef(frame);
  latest.current = frame;
  const stop = useRef(onStop);
  stop.current = onStop;
  useEffect(() => {
    if (!running) return;
    let id = 0;
    const tick = () => {
      if (latest.current()) id = requestAnimationFrame(tick);
      else stop.current();
    };
    id = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(id);
  }, [running]);
}
