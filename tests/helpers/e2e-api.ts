/**
 * One GraphQL call straight to the API the end-to-end tests run (E2E_API_URL): what "someone else"
 * does while a page is open, or a test's own set-up. Throws with the messages of any errors.
 */
export async function e2eApi<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const base = process.env.E2E_API_URL;
  if (!base) throw new Error('E2E_API_URL is not set: the e2e global setup did not run');
  const url = base.endsWith('/graphql') ? base : `${base.replace(/\/$/, '')}/graphql`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}
