import { VISIBILITIES, type Visibility } from '../domain/vocabulary';
import { ClientError } from '../errors';

/**
 * Who is asking. Until accounts exist (PRODUCT.md section 8), the local user on a development
 * machine is an editor who sees everything; a request may ask to be served as an anonymous
 * visitor (header `x-tiermap-viewer: anonymous`), which can only lower what it sees, never raise it.
 */
export interface Viewer {
  readonly id: string;
  /** Visibilities whose records this viewer may see. */
  readonly visibilities: readonly Visibility[];
  readonly canEdit: boolean;
}

export const LOCAL_EDITOR: Viewer = { id: 'local', visibilities: VISIBILITIES, canEdit: true };
export const ANONYMOUS: Viewer = { id: 'anonymous', visibilities: ['PUBLIC'], canEdit: false };

export function viewerFromHeader(header: string | undefined): Viewer {
  return header === 'anonymous' ? ANONYMOUS : LOCAL_EDITOR;
}

/**
 * Whether the viewer may see records of every visibility, so that a visibility condition in a query
 * cannot drop anything (and can be left out).
 */
export function seesEverything(viewer: Viewer): boolean {
  return VISIBILITIES.every((visibility) => viewer.visibilities.includes(visibility));
}

/** Refuses writes by viewers who may not edit. */
export function assertCanEdit(viewer: Viewer): void {
  if (!viewer.canEdit) throw new ClientError('FORBIDDEN', 'You may read this workspace but not change it');
}
