import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { relationSelection, selectedProperties, selectsField } from '../../../api/src/modules/common/selection';

const SCHEMA = buildSchema(`
  type Actor { id: ID! name: String! description: String relations: [Relation!]! }
  type Relation { id: ID! type: String! notes: String source: Actor! target: Actor! }
  type Edge { node: Actor! }
  type Page { totalCount: Int! edges: [Edge!]! }
  type Query { actors: Page! }
`);

/** The resolve info of `actors` for a query text. */
function infoOf(query: string): GraphQLResolveInfo {
  let captured: GraphQLResolveInfo | null = null;
  execute({
    schema: SCHEMA,
    document: parse(query),
    rootValue: {
      actors: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        captured = info;
        return { totalCount: 0, edges: [] };
      },
    },
  });
  if (!captured) throw new Error('actors was not resolved');
  return captured;
}

describe('selectsField', () => {
  it('sees a field selected directly, through a named fragment or an inline fragment', () => {
    expect(selectsField(infoOf('{ actors { totalCount } }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ actors { ...P } } fragment P on Page { totalCount }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ actors { ... on Page { totalCount } } }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ actors { edges { node { id } } } }'), 'totalCount')).toBe(false);
  });

  it('follows a path of fields', () => {
    const info = infoOf('{ actors { edges { node { relations { source { name } } } } } }');
    expect(selectsField(info, 'edges', 'node', 'relations', 'source')).toBe(true);
    expect(selectsField(info, 'edges', 'node', 'relations', 'target')).toBe(false);
  });
});

describe('selectedProperties', () => {
  it('reads the selected properties plus the required ones, sorted, merging fragments', () => {
    const info = infoOf(
      '{ actors { edges { node { name ...D relations { id } } } } } fragment D on Actor { description }',
    );
    expect(selectedProperties(info, [['edges', 'node']], ['id', 'name', 'description', 'website'], ['id'])).toEqual([
      'description',
      'id',
      'name',
    ]);
  });

  it('gives the ends’ properties only when source or target is selected', () => {
    const info = infoOf('{ actors { edges { node { relations { notes target { name } } } } } }');
    const path = ['edges', 'node', 'relations'];
    expect(relationSelection(info, path)).toEqual({
      fields: ['id', 'notes', 'workspaceId'],
      endFields: ['id', 'name', 'workspaceId'],
    });
    expect(relationSelection(infoOf('{ actors { edges { node { relations { id } } } } }'), path).endFields).toBe(false);
  });
});
