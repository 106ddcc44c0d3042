import { css } from 'lit';

/** Screen layout of the editor. Only `--cp-*` tokens; it reads at 320 px (one column) and grows to two. */
export const editorStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--cp-color-text);
    background: var(--cp-color-surface);
    font-family: var(--cp-font-family);
    font-size: var(--cp-font-size-md);
    line-height: var(--cp-line-height);
  }
  .editor {
    display: grid;
    gap: var(--cp-space-md);
    padding: var(--cp-space-sm);
  }
  h2 {
    font-size: var(--cp-font-size-lg);
    margin: 0 0 var(--cp-space-sm);
  }
  h3 {
    font-size: var(--cp-font-size-md);
    margin: var(--cp-space-sm) 0;
  }
  h4,
  h5 {
    font-size: var(--cp-font-size-md);
    margin: 0;
  }
  .card {
    border: 1px solid var(--cp-color-border);
    border-radius: var(--cp-radius-md);
    padding: var(--cp-space-md);
    background: var(--cp-color-surface);
    min-inline-size: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--cp-space-sm);
  }
  .toolbar h1 {
    font-size: var(--cp-font-size-xl);
    margin: 0;
    flex: 1 1 12rem;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: var(--cp-space-sm);
    align-items: start;
  }
  .two-columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--cp-space-md);
  }
  .field {
    display: grid;
    gap: var(--cp-space-xs);
    margin-block-end: var(--cp-space-sm);
    min-inline-size: 0;
  }
  label {
    font-weight: 600;
  }
  .required,
  .hint {
    font-weight: normal;
    color: var(--cp-color-text-muted);
    margin: 0;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
    min-block-size: 2.75rem;
    box-sizing: border-box;
    max-inline-size: 100%;
  }
  input,
  select,
  textarea {
    inline-size: 100%;
    padding: var(--cp-space-xs) var(--cp-space-sm);
    border: 1px solid var(--cp-color-border-strong);
    border-radius: var(--cp-radius-sm);
    background: var(--cp-color-surface);
  }
  input[type='checkbox'] {
    inline-size: auto;
    min-block-size: auto;
    accent-color: var(--cp-color-primary);
  }
  input:disabled,
  select:disabled,
  textarea:disabled {
    background: var(--cp-color-surface-muted);
    color: var(--cp-color-text-muted);
  }
  [aria-invalid='true'] {
    border-color: var(--cp-color-danger);
    border-width: 2px;
  }
  .field-errors {
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--cp-color-danger);
    font-weight: 600;
  }
  button {
    padding: var(--cp-space-xs) var(--cp-space-md);
    border: 1px solid var(--cp-color-border-strong);
    border-radius: var(--cp-radius-sm);
    background: var(--cp-color-surface-muted);
    cursor: pointer;
  }
  button.primary {
    background: var(--cp-color-primary);
    color: var(--cp-color-on-primary);
    border-color: var(--cp-color-primary);
  }
  button.danger {
    color: var(--cp-color-danger);
    border-color: var(--cp-color-danger);
    background: var(--cp-color-surface);
  }
  button.quiet,
  button.link {
    background: transparent;
  }
  button.link {
    border: none;
    text-decoration: underline;
    color: var(--cp-color-primary);
    padding-inline: 0;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.65;
  }
  :focus-visible {
    outline: var(--cp-focus-ring-width) solid var(--cp-focus-ring-color);
    outline-offset: var(--cp-focus-ring-offset);
  }
  .inline-form {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cp-space-sm);
    align-items: center;
    margin-block: var(--cp-space-sm);
  }
  .inline-form input,
  .inline-form select,
  .inline-form textarea {
    flex: 1 1 10rem;
    inline-size: auto;
  }
  .inline-form .field-errors {
    flex-basis: 100%;
  }
  fieldset {
    border: 1px solid var(--cp-color-border);
    border-radius: var(--cp-radius-sm);
    margin: 0 0 var(--cp-space-sm);
    padding: var(--cp-space-sm);
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
  }
  .checks .check {
    display: flex;
    gap: var(--cp-space-xs);
    align-items: center;
    font-weight: normal;
    min-block-size: 2rem;
  }
  .badge {
    display: inline-block;
    padding: 0 var(--cp-space-xs);
    border-radius: var(--cp-radius-sm);
    border: 1px solid var(--cp-color-border-strong);
    font-size: var(--cp-font-size-sm);
    font-weight: 600;
  }
  .badge.danger {
    color: var(--cp-color-danger);
    border-color: var(--cp-color-danger);
  }
  .badge.success {
    color: var(--cp-color-success);
    border-color: var(--cp-color-success);
  }
  .badge.warning {
    color: var(--cp-color-warning);
    border-color: var(--cp-color-warning);
  }
  .badge.quiet {
    font-weight: normal;
  }
  .sub-goal-list {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--cp-space-md);
  }
  .sub-goal-header,
  .item-header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cp-space-sm);
    align-items: center;
  }
  .sub-goal-header h3 {
    flex: 1 1 12rem;
  }
  .reorder {
    display: flex;
    gap: var(--cp-space-xs);
  }
  .item {
    border-inline-start: 4px solid var(--cp-color-border-strong);
    padding: var(--cp-space-sm) var(--cp-space-md);
    margin-block: var(--cp-space-md);
    background: var(--cp-color-surface-muted);
    border-radius: var(--cp-radius-sm);
  }
  .item.overdue,
  .milestone.overdue {
    border-inline-start-color: var(--cp-color-danger);
  }
  .milestones {
    list-style: none;
    padding: 0;
  }
  .milestone {
    border-inline-start: 4px solid var(--cp-color-border);
    padding-inline-start: var(--cp-space-sm);
    margin-block-end: var(--cp-space-sm);
  }
  .progress {
    display: grid;
    grid-template-columns: minmax(0, auto) minmax(4rem, 1fr) auto;
    gap: var(--cp-space-sm);
    align-items: center;
    margin-block: var(--cp-space-xs);
  }
  .progress-track {
    block-size: 0.75rem;
    border: 1px solid var(--cp-color-border-strong);
    border-radius: var(--cp-radius-sm);
    overflow: hidden;
  }
  .progress-fill {
    block-size: 100%;
    background: var(--cp-color-primary);
  }
  .notice,
  .overdue-note,
  .waiting {
    font-weight: 600;
  }
  .overdue-note {
    color: var(--cp-color-danger);
  }
  .ready {
    color: var(--cp-color-success);
    font-weight: 600;
  }
  .banner {
    border: 2px solid var(--cp-color-danger);
    border-radius: var(--cp-radius-md);
    padding: var(--cp-space-sm) var(--cp-space-md);
  }
  .conflict {
    border: 2px solid var(--cp-color-warning);
  }
  .button-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cp-space-sm);
  }
  .services {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--cp-space-sm);
  }
  .service-entry {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--cp-space-sm);
    border-block-end: 1px solid var(--cp-color-border);
    padding-block-end: var(--cp-space-sm);
  }
  .catalog-picker {
    border: 1px solid var(--cp-color-primary);
    border-radius: var(--cp-radius-md);
    padding: var(--cp-space-sm);
    margin-block: var(--cp-space-sm);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--cp-color-border);
    padding: var(--cp-space-xs);
  }
  .pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .print-only {
    display: none;
  }
  dialog {
    border: 1px solid var(--cp-color-border-strong);
    border-radius: var(--cp-radius-md);
    background: var(--cp-color-surface);
    color: var(--cp-color-text);
    max-inline-size: min(90vw, 30rem);
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .screen-only,
    button,
    form {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .document table {
      page-break-inside: auto;
    }
    .document tr,
    .doc-sub-goal h4 {
      page-break-inside: avoid;
    }
  }
`;
