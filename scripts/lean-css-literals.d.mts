import type MagicString from 'magic-string';
import type { Plugin } from 'vite';

export function leanCss(text: string): string;
export function leanCssLiterals(code: string): MagicString | null;
export function leanCssLiteralsPlugin(): Plugin;
