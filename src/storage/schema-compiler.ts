// zod's schema compiler (~9 kB gzipped) in a chunk of its own: loaded only by a page that reads one kind
// of record often and may compile code (compiled-check.ts), never up front.
export { compile } from 'zod/mini';
