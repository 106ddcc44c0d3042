/// <reference types="vite/client" />
import type {} from 'caseplan-elements/vue';
