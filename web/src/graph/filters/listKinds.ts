import { hiddenValues } from './viewFilter.ts';

/** Leaves out the lists and listings of the unticked list kinds (URL `hl=redlist`), e.g. to see blacklists only. */
export const listKindFilter = hiddenValues('hl', (view) => view.nodes.map((node) => [node.id, node.listKind]));
