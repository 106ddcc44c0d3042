import { expect } from '@open-wc/testing';
import { recordJsonSchemas } from '../../src/model/json-schema.js';

// Vendors build their back ends from schema/: the committed files must say what the model says.
describe('committed JSON Schema files', () => {
  it('exist for every record type and match the model (run `npm run schema` after a model change)', async () => {
    const expected = recordJsonSchemas();
    const committedNames = (await (await fetch('/schema/index.json')).json()) as string[];
    expect(committedNames, 'schema/index.json lists the record types').to.deep.equal(Object.keys(expected));
    for (const name of committedNames) {
      const response = await fetch(`/schema/${name}.schema.json`);
      expect(response.ok, `schema/${name}.schema.json exists`).to.equal(true);
      expect(await response.json(), `schema/${name}.schema.json is current`).to.deep.equal(JSON.parse(JSON.stringify(expected[name])));
    }
  });

  it('describe the shape of a history entry so a back end can validate it', () => {
    const history = recordJsonSchemas().historyEntry as { required: string[] };
    expect(history.required).to.include.members(['id', 'recordId', 'seq', 'at', 'by', 'action', 'changes', 'hash']);
  });
});
