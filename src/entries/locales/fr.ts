// Importing this module registers French for every element up front, so no element loads it on demand.
import '../../locales/fr.js';
