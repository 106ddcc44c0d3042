// Importing this module registers Spanish for every element up front, so no element loads it on demand.
import '../../locales/es.js';
