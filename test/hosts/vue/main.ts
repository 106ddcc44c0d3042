import 'caseplan-elements/caseplan-provider.js';
import 'caseplan-elements/service-plan-editor.js';
import { createApp } from 'vue';
import App from './App.vue';
import TypeErrors from './TypeErrors.vue';
import { prepareHost } from './scenario.js';

let switchLocale: (locale: string) => void = () => undefined;
const host = await prepareHost((locale) => switchLocale(locale));
createApp(App, { storage: host.storage, onLocale: (set: (locale: string) => void) => (switchLocale = set) }).mount('#app');
await customElements.whenDefined('service-plan-editor');
host.ready = true;
export { TypeErrors }; // type-checked by vue-tsc, never mounted
