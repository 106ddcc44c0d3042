import { createComponent } from '@lit/react';
import * as React from 'react';
import { ContactLog as ContactLogElement } from '../components/contact-log/contact-log.js';
import '../entries/contact-log.js';
import { commonEvents } from './common-events.js';

/** `<contact-log>` for React: `caseId`, `childId`, `visitationPlanId`, `caseworkerIds`... as props; `onCpSaved`... */
export const ContactLog = createComponent({
  tagName: 'contact-log',
  elementClass: ContactLogElement,
  react: React,
  events: commonEvents,
  displayName: 'ContactLog',
});
