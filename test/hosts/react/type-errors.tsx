// Mistakes the types must catch (each line fails the check if it type-checks).
import type {} from 'caseplan-elements/react-jsx';

export const wrong = (
  <>
    {/* @ts-expect-error storage is an adapter, not a number */}
    <service-plan-editor storage={42} />
    {/* @ts-expect-error cp-saved carries a CpSavedEvent, whose detail has no "nope" */}
    <contact-log oncp-saved={(event) => event.detail.nope} />
  </>
);
