/**
 * The loading states every machine starts in: read what it shows (invoking `src`), then `ready`; when the
 * read fails, `loadFailed` with the error kept and emitted, until RETRY. Spread into the machine's states;
 * the machine gives the actions `adoptLoaded` and `reportError` (keep the error, emit it) in `setup`.
 */

export function loadStates<Src extends string, Input, Context>(src: Src, input: (args: { context: Context }) => Input) {
  return {
    loading: {
      invoke: {
        src,
        input,
        onDone: { target: 'ready', actions: 'adoptLoaded' },
        onError: { target: 'loadFailed', actions: 'reportError' },
      },
    },
    loadFailed: {
      on: { RETRY: 'loading' },
    },
  } as const;
}

