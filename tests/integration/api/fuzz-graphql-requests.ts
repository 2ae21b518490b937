/**
 * Fuzz classes inside a JSON body: broken JSON and GraphQL, huge strings, deep nesting, alias and
 * fragment bombs, and bad dates, enums, ids and cursors as arguments.
 */
import fc from 'fast-check';
import {
  GRAPHQL_TOKENS,
  JSON_TYPE,
  asAdmin,
  badCursors,
  badDates,
  badEnums,
  badIds,
  badInts,
  documents,
  gqlBody,
  post,
  text,
  workspaceRefs,
  type FuzzRequest,
  type FuzzTargets,
} from './fuzz-request';

export function brokenJson(t: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  const valid = JSON.stringify({ query: documents(t)[1] });
  return fc
    .oneof(
      fc.nat({ max: valid.length - 1 }).map((n) => valid.slice(0, n)),
      fc
        .tuple(fc.nat({ max: valid.length - 1 }), fc.constantFrom('"', '{', '}', ',', ':', '\\', "'", '\u0000'))
        .map(([n, c]) => valid.slice(0, n) + c + valid.slice(n)),
      fc.constantFrom(
        '',
        'null',
        '"query"',
        '123',
        '[]',
        '[{}]',
        '{}',
        'NaN',
        '{"query": undefined}',
        "{'query': 1}",
        '\ufeff{}',
      ),
      fc.json().map((s) => `${s}}`),
      text(200),
    )
    .map((body) => post(Buffer.from(body), [JSON_TYPE]));
}

export function brokenGraphql(t: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  const docs = documents(t);
  return fc.oneof(
    fc
      .tuple(fc.constantFrom(...docs), fc.nat())
      .map(([doc, n]) => post(gqlBody(doc.slice(0, n % doc.length), { id: t.actorIds[0] }), asAdmin(t))),
    fc
      .array(fc.constantFrom(...GRAPHQL_TOKENS), { maxLength: 80 })
      .map((tokens) => post(gqlBody(tokens.join(' ')), asAdmin(t))),
    fc
      .oneof(fc.integer(), fc.constant(null), fc.array(text()), fc.object(), fc.boolean())
      .map((query) => post(gqlBody(query), asAdmin(t))),
    fc
      .oneof(fc.string(), fc.integer(), fc.array(fc.integer()), fc.constant(null), fc.object())
      .map((variables) => post(gqlBody(docs[2], variables), asAdmin(t))),
    fc
      .oneof(fc.string(), fc.integer(), fc.constant('Nope'), fc.object())
      .map((operationName) => post(gqlBody(docs[2], { id: t.actorIds[0] }, { operationName }), asAdmin(t))),
    fc
      .oneof(fc.object(), fc.constant({ persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } }), fc.string())
      .map((extensions) => post(gqlBody('{ me { id } }', undefined, { extensions }), asAdmin(t))),
    fc
      .constantFrom(
        '{ nope }',
        '{ actors(workspace: 1) { nope } }',
        '{ actors { totalCount } }',
        'subscription { me { id } }',
        'query A { me { id } } query B { me { id } }',
        '{ me { id } } fragment Unused on User { id }',
        '{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }',
        '{ me { ...on Actor { id } } }',
        '"""unterminated',
        '{ actors(workspace: "x", first: 99999999999999999999) { totalCount } }',
        '{ actors(workspace: "x", orderBy: "NAME_ASC") { totalCount } }',
        'query($a: Int = "x") { me { id } }',
        'query($a: Nope) { me { id } }',
        'query($a: ID!) { me { id } }',
        '{ me @nope { id } }',
        '{ me @include { id } }',
      )
      .map((query) => post(gqlBody(query), asAdmin(t))),
  );
}

export function hugeStrings(t: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  const huge = fc.tuple(fc.integer({ min: 10_000, max: 1_900_000 }), fc.constantFrom('x', 'é', '💥', ' ', '\\u0000'));
  return fc.oneof(
    huge.map(([n, c]) =>
      post(
        gqlBody(`query($s: String) { actors(workspace: "${t.slug}", search: $s) { totalCount } }`, {
          s: c.repeat(n / 4),
        }),
        asAdmin(t),
      ),
    ),
    huge.map(([n]) => post(gqlBody(`{ actor(id: "${'x'.repeat(n)}") { id } }`), asAdmin(t))),
    huge.map(([n]) => post(gqlBody(`{ me { id } } # ${'x'.repeat(n)}`), asAdmin(t))),
    huge.map(([n, c]) =>
      post(
        gqlBody('mutation($ws: ID!, $input: ActorInput!) { createActor(workspace: $ws, input: $input) { id } }', {
          ws: t.workspaceId,
          input: { name: c.repeat(n / 4), kind: 'NGO', tier: 'LOCAL' },
        }),
        asAdmin(t),
      ),
    ),
    huge.map(([n]) => post(gqlBody('{ me { id } }', { [`v${'x'.repeat(n / 2)}`]: 1 }), asAdmin(t))),
  );
}

export function deepNesting(t: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  const depth = fc.integer({ min: 13, max: 100_000 });
  return fc.oneof(
    depth.map((d) =>
      post(gqlBody(`{ me ${'{ id '.repeat(Math.min(d, 20_000))}${'}'.repeat(Math.min(d, 20_000))} }`), asAdmin(t)),
    ),
    depth.map((d) => {
      const n = Math.min(d, 20_000);
      return post(
        gqlBody(
          `{ actors(workspace: "${t.slug}", filter: { tiers: ${'['.repeat(n)}LOCAL${']'.repeat(n)} }) { totalCount } }`,
        ),
        asAdmin(t),
      );
    }),
    depth.map((d) => {
      const n = Math.min(d, 20_000);
      return post(
        gqlBody(`{ actors(workspace: "${t.slug}", filter: ${'{ a: '.repeat(n)}1${'}'.repeat(n)}) { totalCount } }`),
        asAdmin(t),
      );
    }),
    depth.map((d) =>
      post(Buffer.from(`{"query":"{ me { id } }","variables":{"a":${'['.repeat(d)}${']'.repeat(d)}}}`), asAdmin(t)),
    ),
    depth.map((d) =>
      post(
        Buffer.from(
          `{"query":"mutation($ws: ID!, $input: ActorInput!) { createActor(workspace: $ws, input: $input) { id } }","variables":{"ws":"${t.workspaceId}","input":${'{"name":'.repeat(d)}"x"${'}'.repeat(d)}}}`,
        ),
        asAdmin(t),
      ),
    ),
    fc.integer({ min: 13, max: 40 }).map((d) => {
      const open = 'relations { source { '.repeat(d);
      return post(gqlBody(`{ actor(id: "${t.actorIds[0]}") { ${open} id ${'} } '.repeat(d)} } }`), asAdmin(t));
    }),
  );
}

export function bombs(t: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    fc
      .integer({ min: 31, max: 2_000 })
      .map((n) =>
        post(
          gqlBody(
            `{ ${Array.from({ length: n }, (_, i) => `a${i}: actors(workspace: "${t.slug}") { totalCount }`).join(' ')} }`,
          ),
          asAdmin(t),
        ),
      ),
    fc
      .integer({ min: 31, max: 2_000 })
      .map((n) =>
        post(gqlBody(`{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`), asAdmin(t)),
      ),
    fc.integer({ min: 5, max: 60 }).map((k) => {
      const fragments = Array.from(
        { length: k },
        (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} me { id } }`,
      );
      return post(gqlBody(`query { ...F0 } ${fragments.join(' ')} fragment F${k} on Query { __typename }`), asAdmin(t));
    }),
    fc.integer({ min: 2, max: 50 }).map((k) => {
      const fragments = Array.from({ length: k }, (_, i) => `fragment F${i} on Query { ...F${(i + 1) % k} }`);
      return post(gqlBody(`query { ...F0 } ${fragments.join(' ')}`), asAdmin(t));
    }),
    fc
      .integer({ min: 2, max: 400 })
      .map((n) => post(gqlBody(`{ __typename ${'@include(if: true) '.repeat(n)} }`), asAdmin(t))),
    fc.integer({ min: 2, max: 2_400 }).map((n) => post(gqlBody(`{ me { ${'id '.repeat(n)} } }`), asAdmin(t))),
    fc.integer({ min: 2, max: 800 }).map((n) =>
      post(
        gqlBody(Array.from({ length: n }, (_, i) => `query Q${i} { me { id } }`).join(' '), undefined, {
          operationName: `Q${n - 1}`,
        }),
        asAdmin(t),
      ),
    ),
    fc
      .integer({ min: 2, max: 1_500 })
      .map((n) =>
        post(
          gqlBody(`query(${Array.from({ length: n }, (_, i) => `$v${i}: Int`).join(' ')}) { me { id } }`),
          asAdmin(t),
        ),
      ),
  );
}

export function badArguments(t: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  const q = (query: string, variables: Record<string, unknown>) => post(gqlBody(query, variables), asAdmin(t));
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  return fc.oneof(
    fc
      .record({ w: workspaceRefs(t), a: maybe(badCursors(t)), f: maybe(badInts), o: maybe(badEnums), s: maybe(text()) })
      .map((v) =>
        q(
          'query($w: ID!, $a: String, $f: Int, $o: ActorOrder, $s: String) { actors(workspace: $w, after: $a, first: $f, orderBy: $o, search: $s) { totalCount edges { cursor } } }',
          v,
        ),
      ),
    fc
      .record({
        w: workspaceRefs(t),
        tiers: maybe(fc.array(badEnums, { maxLength: 3 })),
        sectors: maybe(fc.array(badEnums, { maxLength: 3 })),
        updatedSince: maybe(badDates),
        countries: maybe(fc.array(text(5), { maxLength: 3 })),
        externalIds: maybe(fc.array(badIds, { maxLength: 3 })),
      })
      .map(({ w, ...filter }) =>
        q('query($w: ID!, $f: ActorFilter) { actors(workspace: $w, filter: $f) { totalCount } }', { w, f: filter }),
      ),
    fc
      .record({
        w: workspaceRefs(t),
        a: maybe(badCursors(t)),
        f: maybe(badInts),
        asOf: maybe(badDates),
        actorId: maybe(badIds),
        minConfidence: maybe(fc.double()),
      })
      .map(({ w, a, f, ...filter }) =>
        q(
          'query($w: ID!, $a: String, $f: Int, $filter: RelationListFilter) { relations(workspace: $w, after: $a, first: $f, filter: $filter) { totalCount } }',
          { w, a, f, filter },
        ),
      ),
    fc
      .record({ w: workspaceRefs(t), asOf: maybe(badDates), from: badDates, to: badDates })
      .map((v) =>
        q(
          'query($w: ID!, $asOf: String, $from: String!, $to: String!) { analytics(workspace: $w, asOf: $asOf) { asOf diff(from: $from, to: $to) { __typename } } }',
          v,
        ),
      ),
    fc
      .record({ id: fc.oneof(badIds, fc.constant(t.actorIds[0])), f: maybe(badInts) })
      .map((v) => q('query($id: ID!, $f: Int) { history(entityId: $id, first: $f) { id } }', v)),
    fc
      .record({
        id: fc.oneof(badIds, fc.constant(t.actorIds[0])),
        d: maybe(badInts),
        l: maybe(badInts),
        asOf: maybe(badDates),
        types: maybe(fc.array(badEnums, { maxLength: 2 })),
      })
      .map(({ id, d, l, ...filter }) =>
        q(
          'query($id: ID!, $d: Int, $l: Int, $filter: RelationFilter) { neighbourhood(actorId: $id, depth: $d, limit: $l, filter: $filter) { __typename } }',
          { id, d, l, filter },
        ),
      ),
    fc
      .record({ w: workspaceRefs(t), parts: badInts, part: badInts })
      .map((v) =>
        q(
          'query($w: ID!, $parts: Int!, $part: Int!) { mapGraph(workspace: $w, parts: $parts, part: $part) { __typename } }',
          v,
        ),
      ),
    fc
      .record({ id: badIds, s: text(), tok: text(80) })
      .map((v) =>
        q(
          'query($id: ID!, $s: String!, $tok: String!) { actor(id: $id) { id } relation(id: $id) { id } workspace(slug: $s) { id } invitation(token: $tok) { email } }',
          v,
        ),
      ),
    fc
      .record({
        w: workspaceRefs(t),
        from: fc.oneof(badIds, fc.constant(t.actorIds[0])),
        to: badIds,
        k: maybe(badInts),
        min: maybe(fc.double()),
      })
      .map((v) =>
        q(
          'query($w: ID!, $from: ID!, $to: ID!, $k: Int, $min: Float) { analytics(workspace: $w) { paths(from: $from, to: $to, k: $k, minConfidence: $min) { __typename } } }',
          v,
        ),
      ),
    fc
      .tuple(badEnums, badDates, fc.oneof(fc.integer(), fc.double(), fc.constant('"x"')))
      .map(([e, d, n]) =>
        q(
          `{ actors(workspace: "${t.slug}", orderBy: ${typeof e === 'string' && /^\w+$/.test(e) ? e : 'x'}, first: ${typeof n === 'number' && Number.isFinite(n) ? n : 1}, filter: { updatedSince: ${JSON.stringify(d)} }) { totalCount } }`,
          {},
        ),
      ),
  );
}
