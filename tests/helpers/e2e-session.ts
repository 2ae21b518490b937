/**
 * Signing a browser page in for the end-to-end tests. The web client keeps its access token in memory
 * and resumes a session from the httpOnly refresh cookie at start-up; `signInPage` signs in through the
 * web origin's /graphql (so the browser stores that cookie), sets the client's "was signed in" hint and
 * then opens the page, which starts signed in. tests/e2e/web-accounts.e2e.test.ts signs in through the
 * form instead, once.
 */
import type { Page } from 'playwright-core';
import { webUrl } from './browser';
import { adminCredentials, type E2eCredentials } from './e2e-api';

/** The client's localStorage hint (web/src/lib/early-map-request.ts, SESSION_HINT_KEY). */
export const SESSION_HINT_KEY = 'tiermap:signed-in';

/** Opens `url` (a path with its query, e.g. `/?workspace=seed-ecosystem`) signed in as `who` (the administrator by default). */
export async function signInPage(page: Page, url: string, who: E2eCredentials = adminCredentials()): Promise<void> {
  // A blank page of the web origin, so that the sign-in call and the cookie belong to it.
  const blank = new URL('/__e2e-blank', webUrl()).toString();
  await page.route(blank, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>e2e</title>' }),
  );
  await page.goto(blank);
  const problem = await page.evaluate(
    async ({ email, password, hint }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { user { id } } }',
          variables: { email, password },
        }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (body.errors?.length) return body.errors.map((error) => error.message).join('; ');
      localStorage.setItem(hint, '1');
      return null;
    },
    { ...who, hint: SESSION_HINT_KEY },
  );
  await page.unroute(blank);
  if (problem) throw new Error(`signing the page in as ${who.email} failed: ${problem}`);
  await page.goto(new URL(url, webUrl()).toString());
  await page.locator('[data-testid=account-menu][data-state=signed-in]').waitFor({ timeout: 30000 });
}

/** What the client keeps in IndexedDB: the ids of the stored maps and layouts (`class|workspace`). */
export function storedCopies(page: Page): Promise<{ graphs: string[]; layouts: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ graphs: string[]; layouts: string[] }>((resolve, reject) => {
        const open = indexedDB.open('tiermap-cache');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          if (names.length === 0) {
            db.close();
            return resolve({ graphs: [], layouts: [] });
          }
          const tx = db.transaction(names, 'readonly');
          const keys = (store: string) => (names.includes(store) ? tx.objectStore(store).getAllKeys() : null);
          const graphs = keys('graphs');
          const layouts = keys('layouts');
          tx.oncomplete = () => {
            db.close();
            resolve({
              graphs: (graphs?.result ?? []).map(String),
              layouts: (layouts?.result ?? []).map(String),
            });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
