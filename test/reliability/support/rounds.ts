import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Rounds of an interleaved-edit scenario in `npm test`. The scenarios repeat a cycle of rounds (which
 * fields the two sides type, every third round the same one, a per-field choice alternating): 6 rounds
 * long for the editor (6 fields) and the contact log (2), 12 for the planner (4). 12 rounds play every
 * kind of round at least once, the editor's and the log's twice. `npm run reliability` runs them at full
 * length (CP_INTERLEAVED_ROUNDS=110, scripts/wtr-reliability-rounds.mjs).
 */
const SHORT_ROUNDS = 12;

export async function interleavedRounds(): Promise<number> {
  const { rounds } = await executeServerCommand<{ rounds: number | null }, unknown>('interleaved-rounds');
  return rounds ?? SHORT_ROUNDS;
}
