import type { EventName } from '@lit/react';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { CaseplanProvider as CaseplanProviderElement } from '../components/caseplan-provider/caseplan-provider.js';
import type { CpErrorEvent } from '../components/shared/events/index.js';
import '../define/caseplan-provider.js';

/** `<caseplan-provider>` for React: `storage`, `participants`, `currentUser`... as props; `onCpError` for invalid input. */
export const CaseplanProvider = createComponent({
  tagName: 'caseplan-provider',
  elementClass: CaseplanProviderElement,
  react: React,
  events: { onCpError: 'cp-error' as EventName<CpErrorEvent> },
  displayName: 'CaseplanProvider',
});
