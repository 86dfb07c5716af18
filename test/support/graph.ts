import { inject } from 'vitest';
import { readGraphConfig } from '../../graph/config.ts';
import { connectGraph, type Graph } from '../../graph/driver.ts';
import { renewReferenceStamp } from '../../graph/referenceStamp.ts';

/** A Graph on the run's real Neo4j (started by globalSetup). Close it in afterAll. */
export async function testGraph(): Promise<Graph> {
  const neo4j = inject('neo4j');
  return connectGraph(
    readGraphConfig({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database }),
  );
}

/** Removes every node whose id starts with the prefix a test file used for its fixtures. */
export async function removeFixtures(graph: Graph, prefix: string): Promise<void> {
  await graph.write('MATCH (n:Node) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix });
  // Fixtures may hold reference data, deleted past graph/load: what a process kept of it no longer holds.
  await renewReferenceStamp(graph);
}
