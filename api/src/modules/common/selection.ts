import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import {
  ACTOR_PROPERTIES,
  ACTOR_REQUIRED,
  COMPUTED_FIELD_PROPERTIES,
  RELATION_PROPERTIES,
  RELATION_REQUIRED,
  type Fields,
} from '../../db/queries/projection';

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

/** Whether any occurrence of the field at `path` is given arguments. */
export function hasArguments(info: GraphQLResolveInfo, ...path: string[]): boolean {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) level = level.flatMap((node) => fieldsNamed(info, node.selectionSet, name));
  return level.some((node) => (node.arguments?.length ?? 0) > 0);
}

/** The names of the fields selected at `path` below the field being resolved (all occurrences). */
function namesAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) level = level.flatMap((node) => fieldsNamed(info, node.selectionSet, name));
  const names = new Set<string>();
  const seen = new Set<string>();
  const collect = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        collect(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of level) collect(node.selectionSet);
  return names;
}

/**
 * The stored properties to read for the records selected at `path` (or at any of `paths`): the
 * selected fields that are `properties`, plus `required`, sorted so equal selections give equal
 * query texts. Fields that are not properties (resolved separately) need only what is required.
 */
export function selectedProperties(
  info: GraphQLResolveInfo,
  paths: ReadonlyArray<readonly string[]>,
  properties: readonly string[],
  required: readonly string[],
): string[] {
  const names = new Set<string>(required);
  for (const path of paths) {
    for (const name of namesAt(info, path)) {
      if (properties.includes(name)) names.add(name);
      for (const needed of COMPUTED_FIELD_PROPERTIES[name] ?? []) if (properties.includes(needed)) names.add(needed);
    }
  }
  return [...names].sort();
}

/**
 * For relations selected at `path`: the properties to read for each, and for their ends when the
 * client selected `source` or `target` (false when it did not: the ends are then not read).
 */
export function relationSelection(
  info: GraphQLResolveInfo,
  path: readonly string[],
): { fields: Fields; endFields: Fields | false } {
  const fields = selectedProperties(info, [path], RELATION_PROPERTIES, RELATION_REQUIRED);
  const endPaths = [
    [...path, 'source'],
    [...path, 'target'],
  ];
  const withEnds = endPaths.some((endPath) => selectsField(info, ...endPath));
  return {
    fields,
    endFields: withEnds ? selectedProperties(info, endPaths, ACTOR_PROPERTIES, ACTOR_REQUIRED) : false,
  };
}
