import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MemoryStorageAdapter } from '../src/storage/index.js';
import { sampleCaseId, sampleCasePlanId, sampleIds } from './shared/sample-case/index.js';
import { loadSampleCase, sampleCaseInputs } from './shared/story-storage.js';

interface ProviderArgs {
  locale: string;
}

function loadedStorage(loaded: Record<string, unknown>): MemoryStorageAdapter {
  return loaded['storage'] as MemoryStorageAdapter;
}

const meta: Meta<ProviderArgs> = {
  title: 'Elements/caseplan-provider',
  component: 'caseplan-provider',
  loaders: [loadSampleCase],
  parameters: {
    docs: {
      description: {
        component:
          'Set storage, the service catalog, the case participants, the current user, the language and the clock once: every caseplan element inside receives them. A property set on an element wins over the provider.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<ProviderArgs>;

/** All three elements share one provider: one store, one family, one language. */
export const SampleCase: Story = {
  render: (_args, { loaded }) => {
    const inputs = sampleCaseInputs(loadedStorage(loaded));
    return html`<caseplan-provider
      .storage=${inputs.storage}
      .participants=${inputs.participants}
      .catalog=${inputs.catalog}
      .templates=${inputs.templates}
      .currentUser=${inputs.currentUser}
      .now=${inputs.now}
    >
      <service-plan-editor case-id=${sampleCaseId} plan-id=${sampleCasePlanId}></service-plan-editor>
      <visitation-planner case-id=${sampleCaseId} child-id=${sampleIds.child}></visitation-planner>
      <contact-log case-id=${sampleCaseId} child-id=${sampleIds.child}></contact-log>
    </caseplan-provider>`;
  },
};

/** The provider says Spanish; the second editor sets `locale="fr"` itself and stays in French. */
export const ElementWinsOverProvider: Story = {
  args: { locale: 'es' },
  render: (args, { loaded }) => {
    const inputs = sampleCaseInputs(loadedStorage(loaded));
    return html`<caseplan-provider
      locale=${args.locale}
      .storage=${inputs.storage}
      .participants=${inputs.participants}
      .catalog=${inputs.catalog}
      .templates=${inputs.templates}
      .currentUser=${inputs.currentUser}
      .now=${inputs.now}
    >
      <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1rem; align-items: start;">
        <service-plan-editor case-id=${sampleCaseId} plan-id=${sampleCasePlanId} readonly></service-plan-editor>
        <service-plan-editor case-id=${sampleCaseId} plan-id=${sampleCasePlanId} readonly locale="fr"></service-plan-editor>
      </div>
    </caseplan-provider>`;
  },
};
