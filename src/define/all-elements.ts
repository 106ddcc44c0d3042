// Importing this module registers every caseplan element under its default tag.
import { defineElements } from './define-elements.js';

defineElements();
