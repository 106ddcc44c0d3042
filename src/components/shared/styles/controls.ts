import { css } from 'lit';

/**
 * Native buttons and form controls styled from the tokens, for elements and parts alike:
 * `<button class="button">` (secondary), `class="button primary"`, `class="button danger"`,
 * `class="button quiet"` (text-like); inputs, selects and textareas get the control look.
 * Every control is at least `--cp-target-size` tall (WCAG 2.2 target size) and keeps the focus ring.
 */
export const controlStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--cp-space-xs);
    min-height: var(--cp-target-size);
    min-width: var(--cp-target-size);
    padding: 0 var(--cp-space-m);
    border: 1px solid var(--cp-color-border-strong);
    border-radius: var(--cp-radius-control);
    background: var(--cp-control-background);
    color: var(--cp-color-text);
    font: inherit;
    font-weight: var(--cp-font-weight-bold);
    cursor: pointer;
    transition: background-color var(--cp-duration-fast) ease-in-out;
  }
  .button:hover {
    background: var(--cp-color-surface-sunken);
  }
  .button.primary {
    background: var(--cp-button-background);
    border-color: var(--cp-button-background);
    color: var(--cp-button-color);
  }
  .button.primary:hover {
    background: var(--cp-color-accent-hover);
  }
  .button.danger {
    background: var(--cp-color-danger);
    border-color: var(--cp-color-danger);
    color: var(--cp-color-surface);
  }
  .button.quiet {
    border-color: transparent;
    background: transparent;
    color: var(--cp-color-accent);
    text-decoration: underline;
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .control {
    display: block;
    width: 100%;
    min-height: var(--cp-target-size);
    padding: var(--cp-space-s);
    border: var(--cp-control-border);
    border-radius: var(--cp-radius-control);
    background: var(--cp-control-background);
    color: var(--cp-color-text);
    font: inherit;
  }
  textarea.control {
    resize: vertical;
  }
  .control[aria-invalid='true'] {
    border-color: var(--cp-field-error-color);
    border-width: 2px;
  }
  .control:disabled {
    background: var(--cp-color-surface-sunken);
    color: var(--cp-color-text-muted);
  }
  @media (forced-colors: active) {
    .button,
    .control {
      border: 1px solid ButtonText;
    }
  }
`;
