/**
 * graph/load — the idempotent batched writers. The seed (seed/) and the importer (seed/import/) write
 * the graph only through these. Every writer MERGEs on a deterministic id, sets properties only when a
 * value differs (so a re-load reports `unchanged` and leaves `recordedAt` alone), and returns a
 * LoadReport: per node kind / relationship type, `{ rows, created, updated, unchanged, missing }`
 * (`missing` = relationship rows skipped because an end node does not exist).
 *
 * `writer` is a Graph (rows are split into batches of `batchSize`, default 5,000, each its own
 * transaction) or a ManagedTransaction (everything inside the caller's transaction: all or nothing).
 *
 * Generic (write.ts)
 *   mergeNodes(writer, kind: NodeKind, rows: { id, props }[], batchSize?)
 *   mergeRelationships(writer, type: Rel, rows: { id, from, to, props }[], batchSize?)
 *   inTransaction(writer, tx => …), inTransactionBatches(writer, rows, batchSize, (tx, batch) => …)
 *   addReports(into, more), emptyCounts()
 * Subjects (subjects.ts)
 *   mergeCompanies(writer, CompanyRow[])          CompanyRow = CompanyNode (model.ts), id = USCC
 *   mergePersons(writer, PersonRow[])             PersonRow = PersonNode
 * Roles (roles.ts) — relationship ids from ids.ts
 *   mergeShareholdings(writer, ShareholdingRow[])             { ownerId, companyId, fraction?, subscribedCapital?, from?, until?, …provenance }
 *   mergeLegalRepresentatives(writer, LegalRepresentativeRow[]) { personId, companyId, from?, until?, …provenance }
 *   mergeOfficers(writer, OfficerRow[])                       { personId, companyId, role: OfficerRole, from?, until?, …provenance }
 *   mergeBranches(writer, BranchRow[])                        { branchId, headOfficeId, from?, until?, …provenance }
 * Listings and grades (listings.ts) — node + links in one transaction per batch
 *   mergeListings(writer, ListingRow[])   ListingNode + { subjectId, listId, decidedById? } → LISTED, ON_LIST, DECIDED_BY
 *   mergeGrades(writer, GradeRow[])       GradeNode + { companyId, schemeId } → GRADED, IN_SCHEME
 *   mergeCreditRecords(writer, CreditRecordRow[])  CreditRecordNode + { subjectId, decidedById?, endsId? } → HAS_RECORD, DECIDED_BY, ENDS
 * Reference data (reference.ts)
 *   mergeAgencies, mergePlatforms, mergeCreditLists, mergePolicyDocuments, mergeMeasures, mergeGradeSchemes
 *   mergeReferenceLinks(writer, { type, fromId, toId, props }[])
 * Bookkeeping
 *   ids.ts: shareholdingId, legalRepresentativeId, officerId, branchId, listingLinkId, gradeLinkId, linkId
 *   nameSearch.ts: awaitNameSearch(graph) — the end of an import waits for the eventually consistent name index
 *   checkpoint.ts: readCheckpoint, advanceCheckpoint (inside the batch's transaction), clearCheckpoint
 *   reset.ts: deleteAllData(graph) — all `Node`s and checkpoints, in batches; schema kept
 *   counts.ts: graphCounts(graph) — nodes per kind, relationships per type
 */
export * from './write.ts';
export * from './ids.ts';
export * from './subjects.ts';
export * from './roles.ts';
export * from './listings.ts';
export * from './creditRecords.ts';
export * from './reference.ts';
export * from './checkpoint.ts';
export * from './reset.ts';
export * from './counts.ts';
export * from './nameSearch.ts';
export * from './changes.ts';
