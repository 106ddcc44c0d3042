import { createComponent } from '@lit/react';
import * as React from 'react';
import { VisitationPlanner as VisitationPlannerElement } from '../components/visitation-planner/visitation-planner.js';
import '../entries/visitation-planner.js';
import { commonEvents } from './common-events.js';

/** `<visitation-planner>` for React: `caseId`, `childId`, `readOnly`... as props; `onCpSaved`, `onCpStatusChange`... */
export const VisitationPlanner = createComponent({
  tagName: 'visitation-planner',
  elementClass: VisitationPlannerElement,
  react: React,
  events: commonEvents,
  displayName: 'VisitationPlanner',
});
