/**
 * `import type {} from 'caseplan-elements/vue'` (once, e.g. in the host's env.d.ts): vue-tsc checks the
 * tags in templates: `:storage="42"` is an error, `@cp-saved="(event) => ..."` gets a `CpSavedEvent`.
 * (The Vue app still tells its compiler these are custom elements: `isCustomElement` in the README.)
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { CaseplanElementTypes } from './element-props.js';

/**
 * The documented `readonly` attribute (`<contact-log readonly>`) beside the `readOnly` property: Vue writes a
 * name the element has no property of as an attribute, and `readonly` is not camel-cased to `readOnly`.
 */
type ReadonlyAttribute<Props> = 'readOnly' extends keyof Props ? { readonly?: boolean | '' } : unknown;

/** A custom element as Vue's template checker sees a component (the shape Vue's own guide recommends). */
export type CaseplanVueElement<Tag extends keyof CaseplanElementTypes> = new () => CaseplanElementTypes[Tag][0] & {
  /** @deprecated For template type checking only; not a property of the element. */
  $props: Omit<HTMLAttributes, keyof CaseplanElementTypes[Tag][1]> & CaseplanElementTypes[Tag][1] & ReadonlyAttribute<CaseplanElementTypes[Tag][1]> & PublicProps;
  /** @deprecated For template type checking only; not a property of the element. */
  $emit: EmitFn<{ [Name in keyof CaseplanElementTypes[Tag][2]]: (event: CaseplanElementTypes[Tag][2][Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'caseplan-provider': CaseplanVueElement<'caseplan-provider'>;
    'service-plan-editor': CaseplanVueElement<'service-plan-editor'>;
    'visitation-planner': CaseplanVueElement<'visitation-planner'>;
    'contact-log': CaseplanVueElement<'contact-log'>;
  }
}
