import type { Plugin } from 'vite';

export function sideEffectfulSources(): RegExp[];
export function sourceSideEffects(): Plugin;
