import type { ElementClass } from '../../../define/define-element.js';
import { CpConfirm } from './cp-confirm.js';
import { CpLiveRegion } from './cp-live-region.js';
import { CpProgress } from './cp-progress.js';
import { CpSaveIndicator } from './cp-save-indicator.js';
import { CpStatusBadge } from './cp-status-badge.js';
import { CpStorageWarning } from './cp-storage-warning.js';
import { CpSyncStatus } from './cp-sync-status.js';

export { CpConfirm, CpLiveRegion, CpProgress, CpSaveIndicator, CpStatusBadge, CpStorageWarning, CpSyncStatus };

/** The shared `cp-*` parts by tag. Elements list the ones they render in `static dependencies`. */
export const sharedParts: Record<string, ElementClass> = {
  'cp-confirm': CpConfirm,
  'cp-status-badge': CpStatusBadge,
  'cp-progress': CpProgress,
  'cp-live-region': CpLiveRegion,
  'cp-save-indicator': CpSaveIndicator,
  'cp-storage-warning': CpStorageWarning,
  'cp-sync-status': CpSyncStatus,
};
