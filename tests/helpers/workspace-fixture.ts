/**
 * Each integration test file works in its own workspace and removes it afterwards, so files can
 * share the one test database.
 */
import { randomUUID } from 'node:crypto';
import { purgeWorkspace } from '../../api/src/repositories/workspace.repository';
import type { TestApi } from './test-api';

export interface TestWorkspace {
  id: string;
  slug: string;
  remove(): Promise<void>;
}

export async function createTestWorkspace(
  api: TestApi,
  label: string,
  themes: Array<{ id: string; label: string; description: string }> = [],
): Promise<TestWorkspace> {
  const slug = `test-${label}-${randomUUID().slice(0, 8)}`.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  const answer = await api.gql<{ createWorkspace: { id: string; slug: string } }>(
    'mutation($input: WorkspaceInput!) { createWorkspace(input: $input) { id slug } }',
    { input: { slug, title: `Test ${label}`, themes } },
  );
  if (!answer.data?.createWorkspace)
    throw new Error(`could not create a test workspace: ${JSON.stringify(answer.errors)}`);
  const { id } = answer.data.createWorkspace;
  return { id, slug, remove: async () => void (await purgeWorkspace(api.db, id)) };
}

/** Fails the test with the GraphQL errors when an answer has any. */
export function dataOf<T>(answer: { data?: T | null; errors?: unknown[] }): T {
  if (answer.errors?.length || !answer.data)
    throw new Error(`unexpected GraphQL errors: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}
