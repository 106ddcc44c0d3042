// `npm run demo`: the demo host pages in demo/, importing the elements straight from src/.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { sourceSideEffects } from './scripts/source-side-effects.mjs';

export default defineConfig({
  root: resolve(import.meta.dirname, 'demo'),
  plugins: [sourceSideEffects()], // the demo imports src/, whose registering modules package.json (which names dist/) does not list
  server: { strictPort: true, fs: { allow: [import.meta.dirname] } },
  build: {
    outDir: resolve(import.meta.dirname, 'dist-demo'),
    emptyOutDir: true,
    rolldownOptions: { input: { main: resolve(import.meta.dirname, 'demo/index.html'), react: resolve(import.meta.dirname, 'demo/react.html') } },
  },
});
