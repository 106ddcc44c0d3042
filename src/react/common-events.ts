import type { EventName } from '@lit/react';
import type { CpChangeEvent, CpConflictEvent, CpErrorEvent, CpSavedEvent, CpStatusChangeEvent } from '../components/shared/events/index.js';

/**
 * The `cp-*` events every caseplan element fires, as React props: `onCpChange` listens to `cp-change`.
 * (React 19 could also bind `oncp-change` itself; these names work in React 17 and 18 too, and are typed.)
 */
export const commonEvents = {
  onCpChange: 'cp-change' as EventName<CpChangeEvent>,
  onCpSaved: 'cp-saved' as EventName<CpSavedEvent>,
  onCpStatusChange: 'cp-status-change' as EventName<CpStatusChangeEvent>,
  onCpConflict: 'cp-conflict' as EventName<CpConflictEvent>,
  onCpError: 'cp-error' as EventName<CpErrorEvent>,
} as const;
