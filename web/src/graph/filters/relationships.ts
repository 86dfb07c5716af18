import { hiddenValues } from './viewFilter.ts';

/** Leaves out the edges of the unticked relationship types (URL `hr=OFFICER_OF`). */
export const relationshipFilter = hiddenValues('hr', (view) => view.edges.map((edge) => [edge.id, edge.type]));
