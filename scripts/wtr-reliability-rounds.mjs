// Test-runner command: how many rounds the interleaved-edit scenarios (test/reliability/elements/) run.
// `npm test` leaves CP_INTERLEAVED_ROUNDS unset and they run their short default (every kind of round
// twice); `npm run reliability` sets it to run them at full length for its table.
// In a test: `await executeServerCommand('interleaved-rounds')` gives `{ rounds }`: a number, or null for the
// default (an object: the runner takes a command that returns null or undefined for one it does not know).
export function reliabilityRoundsPlugin() {
  return {
    name: 'interleaved-rounds',
    executeCommand({ command }) {
      if (command !== 'interleaved-rounds') return undefined;
      const rounds = Number(process.env.CP_INTERLEAVED_ROUNDS);
      return { rounds: Number.isInteger(rounds) && rounds > 0 ? rounds : null };
    },
  };
}
