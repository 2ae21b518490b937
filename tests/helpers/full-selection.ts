/**
 * Selections of every field of a type, read from the committed schema, so that a test can ask for
 * all of an answer (every analytics field, every nested value) without listing fields by hand, and
 * a field added later is covered without touching the test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isObjectType,
  isNonNullType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

let schema: GraphQLSchema | null = null;

export function committedSchema(): GraphQLSchema {
  schema ??= buildSchema(readFileSync(join(__dirname, '../../api/schema.graphql'), 'utf8'));
  return schema;
}

/**
 * `{ a b c { d e } }` for the type: every field without required arguments, nested object fields
 * down to `depth` levels (fields listed in `skip`, as `Type.field`, are left out).
 */
export function fullSelection(typeName: string, depth = 4, skip: ReadonlySet<string> = new Set()): string {
  const type = committedSchema().getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  return selectionOf(type, depth, skip);
}

function selectionOf(type: GraphQLObjectType, depth: number, skip: ReadonlySet<string>): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (skip.has(`${type.name}.${field.name}`)) continue;
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isObjectType(named)) {
      if (depth <= 0) continue;
      const inner = selectionOf(named, depth - 1, skip);
      if (inner !== '{ }') parts.push(`${field.name} ${inner}`);
    } else {
      parts.push(field.name);
    }
  }
  return `{ ${parts.join(' ')} }`;
}
