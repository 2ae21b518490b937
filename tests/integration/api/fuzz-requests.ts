/**
 * The hostile requests of the fuzz test (issue 17), one fast-check arbitrary per class: broken
 * JSON and GraphQL, wrong content types and charsets, huge strings, deep nesting, alias and
 * fragment bombs, bad arguments, invalid UTF-8, oversize and stalled bodies, unknown routes and
 * methods, odd headers, and mutations with bad input as the administrator and as anonymous.
 */
import fc from 'fast-check';
import { brokenJson, brokenGraphql, hugeStrings, deepNesting, bombs, badArguments } from './fuzz-graphql-requests';
import { contentTypes, invalidUtf8, oversize, stalled, routesAndMethods, oddHeaders } from './fuzz-http-requests';
import { badMutations, validMutations } from './fuzz-mutations';
import {
  ANONYMOUS,
  JSON_TYPE,
  asAdmin,
  gqlBody,
  post,
  type FuzzRequest,
  type FuzzTargets,
  type FuzzClass,
} from './fuzz-request';

/** The classes and how many requests each sends (1,100 in all). */
export function fuzzClasses(t: FuzzTargets): FuzzClass[] {
  const anonymousHeaders = fc.constantFrom<FuzzRequest['headers']>(
    [JSON_TYPE, ANONYMOUS],
    [JSON_TYPE],
    [JSON_TYPE, ['authorization', 'Bearer not-a-token']],
  );
  return [
    { name: 'broken JSON', runs: 100, arbitrary: brokenJson(t) },
    { name: 'broken GraphQL', runs: 150, arbitrary: brokenGraphql(t) },
    { name: 'content types and charsets', runs: 80, arbitrary: contentTypes(t) },
    { name: 'huge strings', runs: 20, arbitrary: hugeStrings(t) },
    { name: 'deep nesting', runs: 60, arbitrary: deepNesting(t) },
    { name: 'alias and fragment bombs', runs: 60, arbitrary: bombs(t) },
    { name: 'bad dates, enums, ids and cursors', runs: 200, arbitrary: badArguments(t) },
    { name: 'invalid UTF-8', runs: 60, arbitrary: invalidUtf8(t) },
    { name: 'oversize bodies', runs: 12, arbitrary: oversize(t) },
    { name: 'stalled bodies', runs: 12, arbitrary: stalled(t) },
    { name: 'unknown routes and methods', runs: 80, arbitrary: routesAndMethods() },
    { name: 'odd headers', runs: 86, arbitrary: oddHeaders(t) },
    {
      name: 'bad mutations as the administrator',
      runs: 120,
      arbitrary: badMutations(t).map(({ query, variables }) => post(gqlBody(query, variables), asAdmin(t))),
    },
    {
      name: 'mutations as anonymous',
      runs: 60,
      arbitrary: fc
        .tuple(fc.oneof(validMutations(t), badMutations(t)), anonymousHeaders)
        .map(([{ query, variables }, headers]) => post(gqlBody(query, variables), headers)),
    },
  ];
}
