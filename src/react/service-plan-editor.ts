import type { EventName } from '@lit/react';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { ServicePlanEditor as ServicePlanEditorElement } from '../components/service-plan-editor/service-plan-editor.js';
import type { CpPlanCreatedEvent } from '../components/service-plan-editor/plan-created-event.js';
import type { CpOpenVisitationPlanEvent } from '../components/service-plan-editor/open-visitation-plan-event.js';
import '../entries/service-plan-editor.js';
import { commonEvents } from './common-events.js';

/** `<service-plan-editor>` for React: `planId`, `caseId`, `kind`, `readonly`... as props; `onCpSaved`, `onCpPlanCreated`... */
export const ServicePlanEditor = createComponent({
  tagName: 'service-plan-editor',
  elementClass: ServicePlanEditorElement,
  react: React,
  events: { ...commonEvents, onCpPlanCreated: 'cp-plan-created' as EventName<CpPlanCreatedEvent>, onCpOpenVisitationPlan: 'cp-open-visitation-plan' as EventName<CpOpenVisitationPlanEvent> },
  displayName: 'ServicePlanEditor',
});
