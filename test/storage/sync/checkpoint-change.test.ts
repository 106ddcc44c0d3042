import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { CheckpointChangeSchema, checkpointChange, parseCheckpointChange } from '../../../src/storage/sync/protocol.js';

describe('the change a checkpoint was taken at (pull `at`)', () => {
  it('names kind, version and id, and reads back the same, ids with colons included', () => {
    for (const [kind, version, id] of [
      ['contact', 3, 'c-1'],
      ['servicePlan', 12, 'urn:agency:plan:42'],
      ['visitationPlan', 1, 'a.b@c_d-e'],
    ] as const) {
      const at = checkpointChange({ kind, record: { id, version } });
      expect(z.safeParse(CheckpointChangeSchema, at).success, at).to.equal(true);
      expect(parseCheckpointChange(at)).to.deep.equal({ kind, version, id });
    }
  });

  it('refuses what is not kind:version:id', () => {
    for (const bad of ['contact', 'contact:3', 'contact:x:c-1', '1contact:3:c-1', 'contact:3:', 'contact:3:c 1', `contact:3:${'x'.repeat(201)}`]) {
      expect(z.safeParse(CheckpointChangeSchema, bad).success, bad).to.equal(false);
    }
  });
});
