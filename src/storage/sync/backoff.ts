/** How long to wait before the next try after `failures` failures in a row. */
export interface BackoffOptions {
  /** The first delay's ceiling (default 1 s). */
  baseMs?: number;
  /** No delay above this (default 60 s). */
  maxMs?: number;
}

/**
 * Exponential backoff with full jitter: a random delay between half the ceiling and the ceiling, the
 * ceiling doubling per failure up to `maxMs`. The jitter spreads the retries of many browsers that went
 * offline together (a courthouse's Wi-Fi coming back), so they do not all hit the server at once.
 * `random` is passed in (Math.random in use, a fixed value in tests).
 */
export function retryDelay(failures: number, random: () => number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 1000;
  const max = options.maxMs ?? 60_000;
  const ceiling = Math.min(max, base * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  return Math.round(ceiling / 2 + (ceiling / 2) * Math.min(Math.max(random(), 0), 1));
}
