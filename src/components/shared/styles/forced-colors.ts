import { css } from 'lit';

/**
 * Forced colours (Windows high contrast, light or dark palette) for the visits elements: a filled button
 * keeps the system's button pair (its own colours are not adjusted piecemeal, which left white labels on
 * a white face), and a disabled control is drawn in GrayText with a dashed border, unlike an enabled one.
 * The same rules as the editor's (service-plan-editor/styles.ts), which can move here.
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
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
      border-style: dashed;
    }
  }
`;
