/**
 * The loading states every machine starts in: read what it shows (invoking `src`), then `ready`; when the
 * read fails, `loadFailed` with the error kept and emitted, until RETRY. Spread into the machine's states;
 * the machine gives the actions `adoptLoaded` and `reportError` (keep the error, emit it) in `setup`.
 * `before` are transitions tried first when the read is done (named guards and actions of the machine),
 * e.g. the editor's unsaved edits carried from another storage.
 */

export function loadStates<Src extends string, Input, Context, Before extends readonly object[] = readonly []>(
  src: Src,
  input: (args: { context: Context }) => Input,
  before?: Before,
) {
  return {
    loading: {
      invoke: {
        src,
        input,
        onDone: [...(before ?? []), { target: 'ready', actions: 'adoptLoaded' }] as unknown as [...Before, { target: 'ready'; actions: 'adoptLoaded' }],
        onError: { target: 'loadFailed', actions: 'reportError' },
      },
    },
    loadFailed: {
      on: { RETRY: 'loading' },
    },
  } as const;
}
