/**
 * The condition that the viewer may see record `alias` (an actor, relation or source): its
 * visibility is one of the viewer's (`$visibilities`), or it names the viewer among its readers
 * (`$reader`: the user id of a member who may not see RESTRICTED records as such, null for
 * everyone else). Lists,
 * search, reads by id and neighbourhoods use it; the map and the analytics, which are computed
 * per visibility class and never per user, do not.
 */
export const recordVisible = (alias: string, named = true) =>
  named
    ? `(${alias}.visibility IN $visibilities OR ($reader IS NOT NULL AND $reader IN coalesce(${alias}.readers, [])))`
    : `${alias}.visibility IN $visibilities`;
// Statements made per shape leave the second half out unless the viewer may be a named reader
// (shape `named`): the plain condition is what most reads (visitors, editors) plan with.

/** The parameters recordVisible reads. */
export interface VisibleParams {
  visibilities: import('../../domain/vocabulary').Visibility[];
  reader: string | null;
}
