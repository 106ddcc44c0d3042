import type { StoredRecord } from '../model/record.js';
import type { ListQuery } from './adapter.js';

/** Whether a record belongs in a list: same case, child and plan where asked, archived only if asked. */
export function matchesQuery(record: StoredRecord, query: ListQuery): boolean {
  if (query.caseId !== undefined && record.caseId !== query.caseId) return false;
  if (query.childId !== undefined && record.childId !== query.childId) return false;
  if (query.planId !== undefined && record.planId !== query.planId) return false;
  return query.includeArchived === true || record.archived !== true;
}
