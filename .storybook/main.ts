// Storybook 10 (ESM-only config): web components on Vite, with autodocs from custom-elements.json
// (see preview.ts) and the accessibility checks of axe-core in every story.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';
import { sourceSideEffects } from '../scripts/source-side-effects.mjs';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Documentation' },
  // The preview bundles every element, the manifest and axe-core (660 kB alone): large chunks are expected.
  // sourceSideEffects: the stories import src/, whose registering modules package.json (which names dist/) does not list.
  viteFinal: (viteConfig) => mergeConfig(viteConfig, { plugins: [sourceSideEffects()], build: { chunkSizeWarningLimit: 2500 } }),
};

export default config;
