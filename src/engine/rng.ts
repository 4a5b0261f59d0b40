/**
 * The engine's one source of randomness: mulberry32, a tiny 32-bit generator
 * (Tommy Ettinger's, public domain), re-typed here. Every random choice
 * (initial weights, shuffles, dropout masks, datasets) draws from an Rng, so
 * the same seed gives bit-identical results.
 */
export class Rng {
  /** The whole state, one 32-bit word (kept in a typed array so updating it never allocates). */
  readonly state = new Int32Array(1);

  constructor(seed: number) {
    if (!Number.isFinite(seed)) throw new Error(`Rng: seed must be a finite number, got ${seed}`);
    this.state[0] = seed;
  }

  /** Uniform in [0, 1), 32 bits of randomness. */
  next(): number {
    let t = (this.state[0] = (this.state[0] + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  /** Standard normal (Box–Muller; uses two uniforms per value, keeps no spare). */
  normal(mean = 0, std = 1): number {
    const u1 = 1 - this.next(); // in (0, 1], so the log is finite
    const u2 = this.next();
    return mean + std * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Fisher–Yates shuffle of the first n entries (mutates a). */
  shuffle(a: Int32Array | number[], n = a.length): void {
    for (let i = n - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}

/** A new generator from a seed. */
export function createRng(seed: number): Rng {
  return new Rng(seed);
}
