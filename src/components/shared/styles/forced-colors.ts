import { css } from 'lit';

/**
 * Forced colours (Windows contrast themes, light and dark) for every element: a filled button keeps
 * the system's own button pair (ButtonFace/ButtonText with a ButtonText border) instead of a half-forced
 * accent that can leave white labels on a white face; a disabled control is drawn in GrayText with a
 * dashed border, unlike an enabled one.
 */
export const forcedColorsStyles = css`
  @media (forced-colors: active) {
    button.primary,
    button[type='submit'],
    button.danger {
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
      border: 2px solid ButtonText;
    }
    button.primary:focus-visible,
    button[type='submit']:focus-visible,
    button.danger:focus-visible {
      outline: 3px solid Highlight;
    }
    input:disabled,
    select:disabled,
    textarea:disabled,
    button:disabled,
    button.primary:disabled,
    button[type='submit']:disabled,
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
      border-style: dashed;
    }
    .badge {
      border: 1px solid CanvasText;
    }
  }
`;
