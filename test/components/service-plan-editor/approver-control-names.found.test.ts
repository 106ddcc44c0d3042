// Found by RX14 (a screen reader's list of form fields, keyboard only, from a new draft to an approved
// plan): each approver's controls are named alike. Three approvers give three "How it was given"
// comboboxes, three "Witness (by phone)" and three "Comment (required to decline)" fields; only the
// Approve and Decline buttons say whose they are ("Approve: Maria Souza").
import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { MemoryStorageAdapter } from '../../../src/storage/memory-adapter.js';
import { readyPlan } from '../../model/service-plan/fixtures.js';
import { $, mountEditor } from './helpers.js';

interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

/** The names of the form fields (comboboxes, text fields) in Chromium's accessibility tree. */
async function fieldNames(): Promise<string[]> {
  const found: string[] = [];
  const walk = (node: AxNode) => {
    if (node.role === 'combobox' || node.role === 'textbox') found.push(`${node.role}: ${node.name ?? ''}`);
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode);
  return found;
}

describe('<service-plan-editor>: approvals heard through a screen reader (found)', () => {
  it('names each approver\'s fields with the approver', async () => {
    const storage = new MemoryStorageAdapter({ name: `approver-names-${Math.random()}` });
    storage.seedRaw('servicePlan', { ...readyPlan({ status: 'submitted' }), version: 2 });
    const element = await mountEditor({ storage, planId: 'plan-1' });
    const approvals = $(element, '[part~="approvals"]');
    const approvers = approvals.querySelectorAll('li.approver').length;
    expect(approvers, 'Maria, João and Ana approve').to.equal(3);
    const perApprover = (await fieldNames()).filter((name) => /How it was given|Witness|Comment/.test(name));
    const repeated = perApprover.filter((name, index) => perApprover.indexOf(name) !== index);
    expect(repeated, `fields named alike among ${perApprover.join(' | ')}`).to.deep.equal([]);
  });
});
