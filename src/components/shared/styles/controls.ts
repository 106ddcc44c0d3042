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
    gap: var(--_cp-space-xs);
    min-height: var(--_cp-target-size);
    min-width: var(--_cp-target-size);
    padding: 0 var(--_cp-space-m);
    border: 1px solid var(--_cp-color-border-strong);
    border-radius: var(--_cp-radius-control);
    background: var(--_cp-control-background);
    color: var(--_cp-color-text);
    font: inherit;
    font-weight: var(--_cp-font-weight-bold);
    cursor: pointer;
    transition: background-color var(--_cp-duration-fast) ease-in-out;
  }
  .button:hover {
    background: var(--_cp-color-surface-sunken);
  }
  .button.primary {
    background: var(--_cp-button-background);
    border-color: var(--_cp-button-background);
    color: var(--_cp-button-color);
  }
  .button.primary:hover {
    background: var(--_cp-color-accent-hover);
  }
  .button.danger {
    background: var(--_cp-color-danger);
    border-color: var(--_cp-color-danger);
    color: var(--_cp-color-surface);
  }
  .button.quiet {
    border-color: transparent;
    background: transparent;
    color: var(--_cp-color-accent);
    text-decoration: underline;
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .control {
    display: block;
    width: 100%;
    min-height: var(--_cp-target-size);
    padding: var(--_cp-space-s);
    border: var(--_cp-control-border);
    border-radius: var(--_cp-radius-control);
    background: var(--_cp-control-background);
    color: var(--_cp-color-text);
    font: inherit;
  }
  textarea.control {
    resize: vertical;
  }
  .control[aria-invalid='true'] {
    border-color: var(--_cp-field-error-color);
    border-width: 2px;
  }
  .control:disabled {
    background: var(--_cp-color-surface-sunken);
    color: var(--_cp-color-text-muted);
  }
  @media (forced-colors: active) {
    .button,
    .control {
      border: 1px solid ButtonText;
    }
    /* A filled button keeps the system's button pair: a half-forced accent left white labels on white. */
    .button.primary,
    .button.danger {
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
      border: 2px solid ButtonText;
    }
    .button.primary:focus-visible,
    .button.danger:focus-visible {
      outline: 3px solid Highlight;
    }
  }
`;
