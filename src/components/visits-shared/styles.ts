import { css } from 'lit';
import { fieldStyles } from '../shared/parts/field-styles.js';

/**
 * Styles shared by `<visitation-planner>` and `<contact-log>`: forms, cards, notices, figures and the
 * print layout. Only `--cp-*` tokens; one column from 320 px, more where there is room.
 */
export const visitsStyles = css`
  ${fieldStyles}
  :host {
    display: block;
    container-type: inline-size;
  }
  .base {
    display: grid;
    gap: var(--_cp-space-m);
    padding: var(--_cp-space-m);
    background: var(--_cp-color-surface);
    color: var(--_cp-color-text);
  }
  /* Grid children may shrink below their content (a wide table scrolls inside its own box). */
  .base > *,
  .summaries > * {
    min-width: 0;
  }
  .summaries {
    display: grid;
    gap: var(--_cp-space-m);
  }
  h2,
  h3,
  h4,
  h5 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: var(--_cp-font-size-large);
  }
  h3 {
    font-size: var(--_cp-font-size-body);
    font-weight: var(--_cp-font-weight-bold);
  }
  h4,
  h5 {
    font-size: var(--_cp-font-size-small);
    font-weight: var(--_cp-font-weight-bold);
  }
  p {
    margin: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_cp-space-s);
  }
  button {
    min-height: var(--_cp-target-size);
    min-width: var(--_cp-target-size);
    padding: var(--_cp-space-xs) var(--_cp-space-m);
    font: inherit;
    color: var(--_cp-color-text);
    background: var(--_cp-color-surface-raised);
    border: var(--_cp-control-border);
    border-radius: var(--_cp-radius-control);
    cursor: pointer;
  }
  button.primary {
    background: var(--_cp-button-background);
    color: var(--_cp-button-color);
    border-color: var(--_cp-button-background);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cp-space-s);
  }
  form {
    display: grid;
    gap: var(--_cp-space-m);
    padding: var(--_cp-space-m);
    border: 1px solid var(--_cp-color-border);
    border-radius: var(--_cp-radius-panel);
    background: var(--_cp-color-surface-sunken);
  }
  label,
  legend {
    color: var(--_cp-field-label-color);
    font-weight: var(--_cp-font-weight-bold);
  }
  input,
  select,
  textarea {
    min-height: var(--_cp-target-size);
    max-width: 100%;
    padding: var(--_cp-space-xs) var(--_cp-space-s);
    font: inherit;
    color: var(--_cp-color-text);
    background: var(--_cp-control-background);
    border: var(--_cp-control-border);
    border-radius: var(--_cp-radius-control);
  }
  input[type='checkbox'] {
    min-height: auto;
    width: 1.25rem;
    height: 1.25rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_cp-field-error-color);
    border-width: 2px;
  }
  .hint {
    color: var(--_cp-color-text-muted);
    font-size: var(--_cp-font-size-small);
  }
  .field-errors {
    font-size: var(--_cp-font-size-small);
  }
  fieldset.group {
    display: grid;
    gap: var(--_cp-space-s);
    margin: 0;
    padding: var(--_cp-space-s) var(--_cp-space-m) var(--_cp-space-m);
    border: 1px solid var(--_cp-color-border);
    border-radius: var(--_cp-radius-control);
    min-width: 0;
  }
  .weekdays {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cp-space-s) var(--_cp-space-m);
  }
  .participant-choice {
    display: grid;
    gap: var(--_cp-space-xs);
  }
  .notice {
    padding: var(--_cp-space-s) var(--_cp-space-m);
    border-radius: var(--_cp-radius-control);
    border: 1px solid var(--_cp-color-border);
  }
  .notice.warning {
    background: var(--_cp-color-warning-surface);
    color: var(--_cp-color-warning);
  }
  .notice.error,
  .error-summary {
    background: var(--_cp-color-danger-surface);
    color: var(--_cp-color-danger);
    border-color: var(--_cp-color-danger);
  }
  .notice.info {
    background: var(--_cp-color-info-surface);
    color: var(--_cp-color-info);
  }
  .error-summary {
    padding: var(--_cp-space-s) var(--_cp-space-m);
    border: 2px solid var(--_cp-color-danger);
    border-radius: var(--_cp-radius-control);
  }
  .error-summary a {
    color: inherit;
  }
  .plans {
    display: grid;
    gap: var(--_cp-space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .plan,
  .conflict,
  .summary-card {
    display: grid;
    gap: var(--_cp-space-s);
    padding: var(--_cp-space-m);
    border: 1px solid var(--_cp-color-border);
    border-radius: var(--_cp-radius-panel);
    background: var(--_cp-color-surface-raised);
  }
  .plan header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cp-space-s);
    align-items: center;
    justify-content: space-between;
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_cp-space-s);
    border-radius: var(--_cp-badge-radius);
    border: 1px solid var(--_cp-color-border-strong);
    background: var(--_cp-color-neutral-surface);
    font-size: var(--_cp-font-size-small);
  }
  .badge.status-active {
    background: var(--_cp-color-success-surface);
    color: var(--_cp-color-success);
  }
  .badge.status-suspended {
    background: var(--_cp-color-warning-surface);
    color: var(--_cp-color-warning);
  }
  dl {
    margin: 0;
  }
  .details {
    display: grid;
    gap: var(--_cp-space-xs);
  }
  .details div {
    display: grid;
    grid-template-columns: minmax(7rem, 30%) 1fr;
    gap: var(--_cp-space-s);
  }
  dt {
    color: var(--_cp-color-text-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .notes {
    white-space: pre-wrap;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cp-space-s);
  }
  .figures div {
    min-width: 5.5rem;
    padding: var(--_cp-space-xs) var(--_cp-space-s);
    border: 1px solid var(--_cp-color-border);
    border-radius: var(--_cp-radius-control);
    background: var(--_cp-color-surface);
  }
  .figures dd {
    font-size: var(--_cp-font-size-large);
    font-weight: var(--_cp-font-weight-bold);
  }
  .compliance,
  .compliance-periods {
    display: grid;
    gap: var(--_cp-space-s);
  }
  .versions {
    display: grid;
    gap: var(--_cp-space-m);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    padding: var(--_cp-space-xs) var(--_cp-space-s);
    border-bottom: 1px solid var(--_cp-color-border);
    text-align: start;
  }
  .table-scroll {
    overflow-x: auto;
  }
  @container (min-width: 40rem) {
    .compliance-periods,
    .versions {
      grid-template-columns: 1fr 1fr;
    }
  }
  @media print {
    .base {
      padding: 0;
    }
    form,
    .actions,
    .filters {
      display: none !important;
    }
    .plan,
    .summary-card {
      break-inside: avoid;
      border-color: var(--_cp-color-border-strong);
    }
  }
`;
