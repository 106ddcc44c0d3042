import { css } from 'lit';

/** How the shared field (`field.ts`) looks in every element: label over control, hint and messages below. */
export const fieldStyles = css`
  .field {
    display: grid;
    /* As wide as the field, never as wide as a select's longest option (a plan title at 320 px). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_cp-field-gap);
    min-inline-size: 0;
  }
  .field label {
    color: var(--_cp-field-label-color);
    font-weight: var(--_cp-font-weight-bold);
  }
  .field .required,
  .field .hint {
    margin: 0;
    font-weight: normal;
    color: var(--_cp-color-text-muted);
  }
  .field.checkbox {
    grid-template-columns: auto 1fr;
    align-items: center;
  }
  .field.checkbox .field-errors,
  .field.checkbox .hint {
    grid-column: 1 / -1;
  }
  .field-errors {
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_cp-field-error-color);
    font-weight: var(--_cp-font-weight-bold);
  }
`;
