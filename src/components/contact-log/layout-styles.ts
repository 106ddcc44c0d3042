import { css } from 'lit';

/**
 * The log in a region the host gives it (a height on `<contact-log>`, or a flex or grid cell that
 * stretches it): its sections stack as before, and the contact list grows into the room the others leave,
 * up to `--cp-contact-list-max-height`, scrolling the rest. Without a height the log is as tall as its
 * content, as before (the list up to that token). The token is a length, never a percentage: the list's
 * box has no definite height for one to resolve against (CSS would read it as no limit at all).
 */
export const contactLogLayoutStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    /* Of the host's height when it has one; nothing otherwise. */
    min-height: 100%;
  }
  .base > cp-contact-list {
    flex: 1 0 auto;
  }
  @media print {
    .base {
      min-height: 0;
    }
  }
`;
