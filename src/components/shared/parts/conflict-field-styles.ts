import { css } from 'lit';

/** How `conflictFields` looks in every element that shows a conflict field by field. */
export const conflictFieldStyles = css`
  .conflict-field {
    border: 1px solid var(--_cp-color-border);
    border-radius: var(--_cp-radius-control);
    margin: 0 0 var(--_cp-space-s);
    padding: var(--_cp-space-s) var(--_cp-space-m);
  }
  .conflict-field legend {
    font-weight: var(--_cp-font-weight-bold);
  }
  .conflict-choice {
    display: flex;
    align-items: center;
    gap: var(--_cp-space-s);
    min-height: var(--_cp-target-size);
  }
  .conflict-value {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
