/**
 * `import type {} from 'caseplan-elements/react-jsx'` (once, e.g. in the host's main.tsx or a .d.ts):
 * the raw tags in React 19 JSX are typed: their inputs as props (React 19 sets them as properties) and
 * their events as `oncp-saved={(event) => ...}` (React 19 listens to `cp-saved` by that exact name),
 * with the event's own type. The wrapper components of `caseplan-elements/react` need none of this.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CaseplanElementTypes } from './element-props.js';

/** `oncp-saved` → listener of that tag's `cp-saved` event. */
type EventProps<Events> = { [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void };

/** The JSX props of one tag: React's own attributes (`className`, `key`, `ref`...), its inputs and its events. */
export type CaseplanJsxProps<Tag extends keyof CaseplanElementTypes> = Omit<
  DetailedHTMLProps<HTMLAttributes<CaseplanElementTypes[Tag][0]>, CaseplanElementTypes[Tag][0]>,
  keyof CaseplanElementTypes[Tag][1]
> &
  CaseplanElementTypes[Tag][1] &
  EventProps<CaseplanElementTypes[Tag][2]>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    interface IntrinsicElements {
      'caseplan-provider': CaseplanJsxProps<'caseplan-provider'>;
      'service-plan-editor': CaseplanJsxProps<'service-plan-editor'>;
      'visitation-planner': CaseplanJsxProps<'visitation-planner'>;
      'contact-log': CaseplanJsxProps<'contact-log'>;
    }
  }
}
