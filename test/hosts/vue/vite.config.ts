import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const caseplanTags = new Set(['caseplan-provider', 'service-plan-editor', 'visitation-planner', 'contact-log']);

export default defineConfig({
  // Vue must leave the caseplan tags to the browser (they are custom elements, not Vue components).
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => caseplanTags.has(tag) } } })],
});
