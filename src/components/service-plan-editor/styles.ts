import { css } from 'lit';
import { fieldStyles } from '../shared/parts/field-styles.js';

/** Screen layout of the editor. Only `--cp-*` tokens; it reads at 320 px (one column) and grows to two. */
export const editorStyles = css`
  ${fieldStyles}
  :host {
    display: block;
    container-type: inline-size;
    color: var(--_cp-color-text);
    background: var(--_cp-color-surface);
    font-family: var(--_cp-font-family);
    font-size: var(--_cp-font-size-body);
    line-height: var(--_cp-line-height);
  }
  .editor {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_cp-space-s);
    padding: var(--_cp-space-s);
  }
  h2 {
    font-size: var(--_cp-font-size-large);
    margin: 0 0 var(--_cp-space-s);
  }
  h3 {
    font-size: var(--_cp-font-size-body);
    margin: var(--_cp-space-s) 0;
  }
  h4,
  h5 {
    font-size: var(--_cp-font-size-body);
    margin: 0;
  }
  .card {
    border: 1px solid var(--_cp-color-border);
    border-radius: var(--_cp-radius-panel);
    padding: var(--_cp-space-s) var(--_cp-space-m);
    background: var(--_cp-color-surface);
    min-inline-size: 0;
  }
  /* The plan's header stays in view while the plan scrolls under it: title, status, next step, tools. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_cp-space-s);
  }
  .plan-header {
    position: sticky;
    inset-block-start: 0;
    z-index: 3;
    background: var(--_cp-color-surface);
    border-block-end: 1px solid var(--_cp-color-border);
    padding-block: var(--_cp-space-xs);
  }
  /* Narrow, or text enlarged (rem follows the text size): the header wraps taller than the screen and, stuck,
     would hide every field under it. It stays at the top of the plan instead. */
  @container (max-width: 40rem) {
    .plan-header {
      position: static;
    }
  }
  .plan-title {
    font-size: var(--_cp-font-size-large);
    font-weight: var(--_cp-font-weight-bold);
    margin: 0;
  }
  .header-status {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_cp-space-xs);
  }
  .plan-header .tools {
    margin-inline-start: auto;
  }
  /* A control reached from a blocker or the error summary is not hidden under the sticky header. */
  [data-path],
  .item-name,
  .plan-title {
    scroll-margin-block: 9rem 2rem;
  }
  /* What is wrong, at the top: a heavy danger border, like the fields it points to. */
  .error-summary {
    border: 3px solid var(--_cp-color-danger);
  }
  .error-summary h2 {
    margin-block-end: var(--_cp-space-xs);
  }
  .error-summary ul {
    margin: 0;
  }
  /* The case's plans (an editor without plan-id). */
  table.plans {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block-end: var(--_cp-space-m);
  }
  table.plans th,
  table.plans td {
    text-align: start;
    vertical-align: top;
    padding: var(--_cp-space-xs) var(--_cp-space-s);
    border-block-end: 1px solid var(--_cp-color-border);
  }
  button.link-button {
    border: none;
    background: transparent;
    padding: 0;
    text-align: start;
    text-decoration: underline;
    font-weight: var(--_cp-font-weight-bold);
    color: var(--_cp-color-accent);
  }
  /* Live region, storage warning and sync state: one place in the layout, no gap while they say nothing. */
  /* As wide as the editor: the live region's visually hidden text (one unwrapped line) must not widen the column. */
  .notices {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_cp-space-s);
  }
  .blocker-link {
    color: inherit;
    text-decoration: underline;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: var(--_cp-space-s);
    align-items: start;
  }
  .two-columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_cp-space-m);
  }
  .field {
    margin-block-end: var(--_cp-space-s);
  }
  label {
    font-weight: 600;
  }
  .required,
  .hint {
    font-weight: normal;
    color: var(--_cp-color-text-muted);
    margin: 0;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
    min-block-size: var(--_cp-target-size);
    box-sizing: border-box;
    max-inline-size: 100%;
  }
  input,
  select,
  textarea {
    inline-size: 100%;
    padding: var(--_cp-space-xs) var(--_cp-space-s);
    border: var(--_cp-control-border);
    border-radius: var(--_cp-radius-control);
    background: var(--_cp-control-background);
  }
  input[type='checkbox'] {
    inline-size: auto;
    min-block-size: auto;
    accent-color: var(--_cp-color-accent);
  }
  input:disabled,
  select:disabled,
  textarea:disabled {
    background: var(--_cp-color-surface-sunken);
    color: var(--_cp-color-text-muted);
  }
  [aria-invalid='true'] {
    border-color: var(--_cp-color-danger);
    border-width: 2px;
  }
  button {
    padding: var(--_cp-space-xs) var(--_cp-space-m);
    border: 1px solid var(--_cp-color-border-strong);
    border-radius: var(--_cp-radius-control);
    background: var(--_cp-control-background);
    color: var(--_cp-color-text);
    cursor: pointer;
  }
  button.primary,
  button[type='submit'] {
    background: var(--_cp-button-background);
    color: var(--_cp-button-color);
    border-color: var(--_cp-button-background);
  }
  button.danger {
    color: var(--_cp-color-danger);
    border-color: var(--_cp-color-danger);
    background: var(--_cp-color-surface);
  }
  button.quiet {
    background: var(--_cp-color-surface);
    color: var(--_cp-color-text);
  }
  button.link {
    background: transparent;
  }
  button.link {
    border: none;
    text-decoration: underline;
    color: var(--_cp-color-accent);
    padding-inline: 0;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.65;
  }
  .inline-form {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cp-space-s);
    align-items: center;
    margin-block: var(--_cp-space-s);
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
    border: 1px solid var(--_cp-color-border);
    border-radius: var(--_cp-radius-control);
    margin: 0 0 var(--_cp-space-s);
    padding: var(--_cp-space-s);
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
  }
  .checks .check {
    display: flex;
    gap: var(--_cp-space-xs);
    align-items: center;
    font-weight: normal;
    min-block-size: 2rem;
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_cp-space-xs);
    border-radius: var(--_cp-radius-control);
    border: 1px solid var(--_cp-color-border-strong);
    font-size: var(--_cp-font-size-small);
    font-weight: 600;
  }
  .badge.danger {
    color: var(--_cp-color-danger);
    border-color: var(--_cp-color-danger);
  }
  .badge.success {
    color: var(--_cp-color-success);
    border-color: var(--_cp-color-success);
  }
  .badge.warning {
    color: var(--_cp-color-warning);
    border-color: var(--_cp-color-warning);
  }
  .badge.quiet {
    font-weight: normal;
  }
  .plan-groups ul,
  .text-list ul,
  .versions {
    padding-inline-start: 0;
    list-style: none;
  }
  .plan-groups li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cp-space-s);
    align-items: flex-end;
  }
  .plan-groups li .field {
    flex: 1 1 12rem;
  }
  .text-list li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_cp-space-s);
    border-block-end: 1px solid var(--_cp-color-border);
  }
  .sections {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_cp-space-s);
  }
  .sub-goal-list {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_cp-space-s);
  }
  /*
   * A sub-goal away from the screen is not styled or laid out at all, its items included (each of them
   * would otherwise still be styled and placed as a placeholder: most of the layout of a 1 000-item plan).
   * The same padding for the focus ring as the sections' bodies below, on every side: the list's gap is
   * wider than the ring, so a sub-goal's padding never lies over its neighbour's controls.
   */
  .sub-goal-list > li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 20rem;
    padding: calc(var(--_cp-focus-ring-width) + var(--_cp-focus-ring-offset));
    margin: calc(-1 * (var(--_cp-focus-ring-width) + var(--_cp-focus-ring-offset)));
  }
  .sub-goal-header,
  .item-header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cp-space-s);
    align-items: center;
  }
  .sub-goal-header h3 {
    flex: 1 1 12rem;
  }
  .sub-goal-header h3 button.disclosure {
    font-size: var(--_cp-font-size-large);
  }
  .reorder {
    display: flex;
    gap: var(--_cp-space-xs);
  }
  .item {
    border-inline-start: 4px solid var(--_cp-color-border-strong);
    padding: var(--_cp-space-s) var(--_cp-space-m);
    margin-block: var(--_cp-space-m);
    background: var(--_cp-color-surface-sunken);
    border-radius: var(--_cp-radius-control);
  }
  /*
   * Items away from the screen are laid out and painted only when they come near it (an open item
   * holds some fifteen form controls: laying out all of them was most of the time to open a plan).
   * They stay in the accessibility tree, findable in the page, and focusable; print lays out all.
   */
  .item {
    content-visibility: auto;
    contain-intrinsic-size: auto 30rem;
  }
  .item.compact {
    contain-intrinsic-size: auto 3rem;
    padding-block: var(--_cp-space-xs);
    margin-block: var(--_cp-space-xs);
  }
  /* An item's summary line: name (its disclosure button), who and when, status, progress. */
  .item-line {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr) auto 7rem;
    align-items: center;
    gap: var(--_cp-space-xs) var(--_cp-space-s);
  }
  .item-line .badge.danger {
    grid-column: 3;
  }
  @container (max-width: 40rem) {
    .item-line {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .item-line .item-facts,
    .item-line .progress {
      grid-column: 1 / -1;
    }
  }
  .item-line .progress {
    margin: 0;
    grid-template-columns: minmax(3rem, 1fr) auto;
  }
  .item-line .progress-label {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .item-name {
    margin: 0;
    min-inline-size: 0;
  }
  button.disclosure {
    display: flex;
    align-items: center;
    gap: var(--_cp-space-xs);
    inline-size: 100%;
    border: 1px solid transparent;
    background: transparent;
    padding-inline: var(--_cp-space-xs);
    text-align: start;
    font-weight: var(--_cp-font-weight-bold);
    /* A long word at 320 px and 200 % text ("Permanency") breaks rather than push the button past its box. */
    overflow-wrap: anywhere;
  }
  button.disclosure::before {
    content: '▸';
    flex: none;
  }
  button.disclosure[aria-expanded='true']::before {
    content: '▾';
  }
  .item-facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cp-space-xs) var(--_cp-space-m);
    margin: 0;
    color: var(--_cp-color-text-muted);
  }
  .item-moves {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_cp-space-xs) var(--_cp-space-s);
    margin-block: var(--_cp-space-s);
  }
  .item-moves select {
    inline-size: auto;
  }
  .item-body {
    margin-block-start: var(--_cp-space-s);
  }
  .item-kind {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cp-space-xs);
    margin: 0 0 var(--_cp-space-s);
  }
  /* The outline's sections: a heading holding the disclosure button, and a summary while closed. */
  .outline-section {
    border: 1px solid var(--_cp-color-border);
    border-radius: var(--_cp-radius-panel);
    padding: var(--_cp-space-xs) var(--_cp-space-s);
  }
  /* The plan's sections after the sub-goals: one bordered list, a rule between sections, so a closed
     outline reads as a table of contents rather than a stack of separate cards. */
  .outline-list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    border: 1px solid var(--_cp-color-border);
    border-radius: var(--_cp-radius-panel);
  }
  .outline-list > .outline-section {
    border: none;
    border-radius: 0;
    padding-block: 2px;
  }
  .outline-list > .outline-section + .outline-section {
    border-block-start: 1px solid var(--_cp-color-border);
  }
  .outline-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_cp-space-xs) var(--_cp-space-m);
  }
  .outline-heading {
    margin: 0;
    font-size: var(--_cp-font-size-body);
  }
  /*
   * An open section's body, an open sub-goal's fields and its add-item form are styled and laid out only
   * when they come near the screen, like the items: a draft's open sections below the sub-goals were half
   * the elements of a 10-item plan and most of the style and layout of opening it, and every sub-goal of a
   * draft is open with its form. Their contents stay in the accessibility tree, findable in the page and
   * focusable (focus, find-in-page and scrollIntoView lay them out first). content-visibility also clips
   * paint at the padding box: a padding as wide as the focus ring keeps the ring of a control at the edge
   * whole (taken back by the margin at the sides only: above and below, the body would lie over the
   * neighbouring disclosure buttons and take their clicks).
   */
  .outline-body,
  .sub-goal-body,
  form.add-item {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 20rem;
    padding: calc(var(--_cp-focus-ring-width) + var(--_cp-focus-ring-offset));
    margin-inline: calc(-1 * (var(--_cp-focus-ring-width) + var(--_cp-focus-ring-offset)));
  }
  /* Their usual heights, kept steady until laid out once (then the last laid-out height is kept). */
  .sub-goal-body {
    contain-intrinsic-block-size: auto 14rem;
  }
  form.add-item {
    contain-intrinsic-block-size: auto 28rem;
  }
  /*
   * The add-item form shows only the fields its choices use, so nothing typed is silently dropped: a
   * template brings its own name, purpose, kind and unit type; units apply to a unit-delivery item only.
   * Hidden fields keep what was typed in them, back on screen when the choice is undone.
   */
  form.add-item:has([name='source'] option[data-kind]:checked) .custom-only,
  form.add-item:has([name='source'] option[data-kind='basic']:checked) .units,
  form.add-item:has([name='source'] option:not([data-kind]):checked):has([name='kind'] option[value='basic']:checked) .units {
    display: none;
  }
  .outline-summary {
    color: var(--_cp-color-text-muted);
  }
  /* The disclosure's heading names the section: the section's own first heading would say it twice. */
  .outline-body > section > h2:first-child {
    display: none;
  }
  .outline-body > section.card {
    border: none;
    padding: var(--_cp-space-xs) 0 0;
  }
  .sub-goal-header h3 {
    margin: 0;
  }
  /* 9rem beside the heading; alone on its line (320 px at 200 % text) it shrinks to the line, never past it. */
  .sub-goal-header .progress {
    flex: 0 1 9rem;
    min-inline-size: 0;
    margin: 0;
    grid-template-columns: minmax(4rem, 1fr) auto;
  }
  .goal-text p {
    margin: 0 0 var(--_cp-space-xs);
  }
  .goal-title {
    font-weight: var(--_cp-font-weight-bold);
  }
  .outline-group {
    margin-block-end: var(--_cp-space-s);
  }
  .sub-goal-header .progress-label {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .sub-goal.closed {
    padding: var(--_cp-space-xs) var(--_cp-space-s);
  }
  .sub-goal.closed .item.compact {
    margin-block: 2px;
  }
  .sub-goal-description {
    margin: var(--_cp-space-xs) 0;
    color: var(--_cp-color-text-muted);
  }
  .item.overdue,
  .milestone.overdue {
    border-inline-start-color: var(--_cp-color-danger);
  }
  .milestones {
    list-style: none;
    padding: 0;
  }
  .milestone {
    border-inline-start: 4px solid var(--_cp-color-border);
    padding-inline-start: var(--_cp-space-s);
    margin-block-end: var(--_cp-space-s);
  }
  .progress {
    display: grid;
    grid-template-columns: minmax(0, auto) minmax(4rem, 1fr) auto;
    gap: var(--_cp-space-s);
    align-items: center;
    margin-block: var(--_cp-space-xs);
  }
  .progress-track {
    block-size: var(--_cp-progress-height);
    background: var(--_cp-progress-track-color);
    border: 1px solid var(--_cp-color-border-strong);
    border-radius: var(--_cp-radius-control);
    overflow: hidden;
  }
  .progress-fill {
    block-size: 100%;
    background: var(--_cp-progress-bar-color);
  }
  .notice,
  .overdue-note,
  .waiting {
    font-weight: 600;
  }
  .overdue-note {
    color: var(--_cp-color-danger);
  }
  .ready {
    color: var(--_cp-color-success);
    font-weight: 600;
  }
  .banner {
    border: 2px solid var(--_cp-color-danger);
    border-radius: var(--_cp-radius-panel);
    padding: var(--_cp-space-s) var(--_cp-space-m);
  }
  .conflict {
    border: 2px solid var(--_cp-color-warning);
  }
  .merged-note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_cp-space-s);
    border: 2px solid var(--_cp-color-info);
  }
  /* Text kept for a removed part of the plan: read-only, selectable, as wide as the note (320 px too). */
  .gone-typing {
    display: grid;
    /* A long unbroken name (a link) wraps instead of widening the note past a 320 px screen. */
    grid-template-columns: minmax(0, 1fr);
    overflow-wrap: anywhere;
    gap: var(--_cp-space-s);
    border: 2px solid var(--_cp-color-info);
  }
  .gone-typing-entry {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_cp-space-xs);
    justify-items: start;
  }
  .gone-typing-entry textarea {
    box-sizing: border-box;
    inline-size: 100%;
    font: inherit;
    color: inherit;
    background: var(--_cp-color-surface-sunken);
    border: 1px solid var(--_cp-color-border);
    border-radius: var(--_cp-radius-control);
    padding: var(--_cp-space-xs);
    resize: vertical;
  }
  .button-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cp-space-s);
  }
  .services {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_cp-space-s);
  }
  .service-entry {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_cp-space-s);
    border-block-end: 1px solid var(--_cp-color-border);
    padding-block-end: var(--_cp-space-s);
  }
  .catalog-picker {
    border: 1px solid var(--_cp-color-accent);
    border-radius: var(--_cp-radius-panel);
    padding: var(--_cp-space-s);
    margin-block: var(--_cp-space-s);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_cp-color-border);
    padding: var(--_cp-space-xs);
  }
  .pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .print-only {
    display: none;
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
    .doc-sub-goal h4,
    .signatures {
      page-break-inside: avoid;
    }
    .signature-line {
      min-inline-size: 12em;
      block-size: 2.5em;
      border-block-end: 1px solid #000;
    }
  }
  /* Issue 15: needs and strengths an item answers: long labels wrap, the boxes keep a full touch target. */
  .checks[data-links] .check input {
    flex-shrink: 0;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
  }
`;
