import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { CatalogEntrySchema, PlanItemTemplateSchema, recommendServices, searchCatalog } from '../../src/model/catalog.js';
import { catalog, templates } from './service-plan/fixtures.js';

describe('service catalog', () => {
  it('accepts the host catalog entries and templates', () => {
    for (const entry of catalog) expect(z.safeParse(CatalogEntrySchema, entry).success, entry.id).to.equal(true);
    for (const template of templates) expect(z.safeParse(PlanItemTemplateSchema, template).success, template.id).to.equal(true);
  });

  it('finds services by words of the name or description, ignoring case and accents', () => {
    expect(searchCatalog(catalog, { text: 'PARENTING' }).map((entry) => entry.id)).to.deep.equal(['svc-parenting', 'svc-therapy']);
    expect(searchCatalog(catalog, { text: 'logement stable' }).map((entry) => entry.id)).to.deep.equal(['svc-housing']);
    expect(searchCatalog(catalog, { text: 'accompagnement' }).map((entry) => entry.id)).to.deep.equal(['svc-housing']);
    expect(searchCatalog(catalog, { text: 'solidaire' }).map((entry) => entry.id)).to.deep.equal(['svc-housing']);
    expect(searchCatalog(catalog, { text: 'nothing like this' })).to.deep.equal([]);
  });

  it('filters by category and by language, matching pt to pt-BR both ways', () => {
    expect(searchCatalog(catalog, { category: 'substance-use' }).map((entry) => entry.id)).to.deep.equal(['svc-recovery']);
    expect(searchCatalog(catalog, { language: 'pt' }).map((entry) => entry.id)).to.deep.equal(['svc-parenting', 'svc-therapy']);
    expect(searchCatalog(catalog, { language: 'pt-BR', category: 'mental-health' }).map((entry) => entry.id)).to.deep.equal(['svc-therapy']);
    expect(searchCatalog(catalog, {})).to.have.length(catalog.length);
  });

  it('recommends every service answering a need (equal scores by name), saying which need each one answers', () => {
    const recommendations = recommendServices(['Parenting skills for young children', 'sobriety', 'Stable housing near school'], catalog);
    expect(recommendations.map((recommendation) => recommendation.entry.id)).to.deep.equal(['svc-housing', 'svc-therapy', 'svc-recovery', 'svc-parenting']);
    const recovery = recommendations.find((recommendation) => recommendation.entry.id === 'svc-recovery');
    expect(recovery?.answers).to.deep.equal([{ need: 'sobriety', matchedNeed: 'sobriety' }]);
    const parenting = recommendations.find((recommendation) => recommendation.entry.id === 'svc-parenting');
    expect(parenting?.answers).to.deep.equal([{ need: 'Parenting skills for young children', matchedNeed: 'parenting skills' }]);
  });

  it('ranks a service answering two needs above those answering one', () => {
    const recommendations = recommendServices(['parenting skills', 'therapeutic support'], catalog);
    expect(recommendations[0]?.entry.id).to.equal('svc-therapy');
    expect(recommendations[0]?.score).to.equal(2);
  });

  it('recommends nothing when no need is written', () => {
    expect(recommendServices([], catalog)).to.deep.equal([]);
  });
});
