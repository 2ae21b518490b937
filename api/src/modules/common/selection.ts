import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields named `name` directly in `set`, through fragments and inline fragments too. */
function fieldsNamed(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, name: string): FieldNode[] {
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (inner: SelectionSetNode | undefined): void => {
    for (const selection of inner?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  visit(set);
  return found;
}

/**
 * Whether the client selected the field at `path` below the field being resolved (e.g.
 * ['totalCount'] or ['edges', 'node', 'source']), so a resolver can leave out work nobody asked
 * for or fetch what will be asked for in the same statement. Directives (@skip/@include) are not
 * evaluated: a field under one counts as selected.
 */
export function selectsField(info: GraphQLResolveInfo, ...path: string[]): boolean {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    level = level.flatMap((node) => fieldsNamed(info, node.selectionSet, name));
    if (level.length === 0) return false;
  }
  return true;
}
