import { hiddenValues } from './viewFilter.ts';

/** Leaves out the nodes of the unticked kinds (URL `hk=Listing,Grade`); their edges go with them. */
export const nodeKindFilter = hiddenValues('hk', (view) => view.nodes.map((node) => [node.id, node.kind]));
