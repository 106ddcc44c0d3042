/** A tiny test harness with no dependencies, so vendors can run the contract anywhere Node or a browser runs. */
export interface ContractOutcome {
  name: string;
  ok: boolean;
  error?: string;
}

export class ContractFailure extends Error {
  override readonly name = 'ContractFailure';
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ContractFailure(message);
}

export function equal<T>(actual: T, expected: T, message: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new ContractFailure(`${message}: expected ${e}, got ${a}`);
}

/** Runs each case in order, to the end even after a failure, and reports every outcome. */
export async function runCases(cases: readonly [string, () => Promise<void>][], report: (outcome: ContractOutcome) => void = () => undefined): Promise<ContractOutcome[]> {
  const outcomes: ContractOutcome[] = [];
  for (const [name, run] of cases) {
    let outcome: ContractOutcome;
    try {
      await run();
      outcome = { name, ok: true };
    } catch (error) {
      outcome = { name, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}${error.cause ? ` (${String(error.cause)})` : ''}` : String(error) };
    }
    outcomes.push(outcome);
    report(outcome);
  }
  return outcomes;
}
