import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema as parseSdl, type GraphQLNamedType } from 'graphql';
import { renderSchemaFile } from '../../../api/src/emit-schema';

describe('api/schema.graphql', () => {
  it('matches the schema generated from the code (run `npm run schema` after changing the API)', async () => {
    const committed = readFileSync(path.resolve(__dirname, '../../../api/schema.graphql'), 'utf8');
    expect(await renderSchemaFile()).toBe(committed);
  });

  it('describes every type and every field', () => {
    const schema = parseSdl(readFileSync(path.resolve(__dirname, '../../../api/schema.graphql'), 'utf8'));
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap()) as GraphQLNamedType[]) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      // Root operation types cannot carry a description in type-graphql; their fields do.
      if (!type.description && !['Query', 'Mutation', 'Subscription'].includes(type.name)) missing.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
