import { Graph } from '../../graph/driver.ts';
import {
  addReports,
  awaitNameSearch,
  mergeAgencies,
  mergeCreditLists,
  mergeGradeSchemes,
  mergeMeasures,
  mergePlatforms,
  mergePolicyDocuments,
  mergeReferenceLinks,
  inTransaction,
  type LoadReport,
  type Writer,
} from '../../graph/load/index.ts';
import { readReferenceData, readTextsZh } from './data.ts';
import { referenceGraph, type ReferenceGraph } from './graph.ts';

export interface ReferenceCounts {
  agencies: number;
  platforms: number;
  lists: number;
  documents: number;
  memoranda: number;
  measures: number;
  gradeSchemes: number;
  links: number;
}

export function referenceCounts(graph: ReferenceGraph): ReferenceCounts {
  return {
    agencies: graph.agencies.length,
    platforms: graph.platforms.length,
    lists: graph.lists.length,
    documents: graph.documents.length,
    memoranda: graph.documents.filter((d) => d.type === 'memorandum').length,
    measures: graph.measures.length,
    gradeSchemes: graph.gradeSchemes.length,
    links: graph.links.length,
  };
}

/** Loads the committed reference data (nodes, then links) in one transaction: idempotent. `writer` may be a bulk build's sink. */
export async function loadReferenceData(graph: Writer): Promise<{ report: LoadReport; counts: ReferenceCounts }> {
  const reference = referenceGraph(readReferenceData(), readTextsZh());
  const report = await inTransaction(graph, async (tx) => {
    const report: LoadReport = {};
    addReports(report, await mergeAgencies(tx, reference.agencies));
    addReports(report, await mergePlatforms(tx, reference.platforms));
    addReports(report, await mergeCreditLists(tx, reference.lists));
    addReports(report, await mergePolicyDocuments(tx, reference.documents));
    addReports(report, await mergeMeasures(tx, reference.measures));
    addReports(report, await mergeGradeSchemes(tx, reference.gradeSchemes));
    addReports(report, await mergeReferenceLinks(tx, reference.links));
    return report;
  });
  if (graph instanceof Graph) await awaitNameSearch(graph);
  return { report, counts: referenceCounts(reference) };
}
