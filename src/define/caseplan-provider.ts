// Importing this module registers <caseplan-provider>.
import { CaseplanProvider } from '../components/caseplan-provider/caseplan-provider.js';
import { defineElement } from './define-element.js';

defineElement('caseplan-provider', CaseplanProvider);
