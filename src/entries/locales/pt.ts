// Importing this module registers Portuguese (Brazil) for every element up front, so no element loads it on demand.
import '../../locales/pt.js';
