/**
 * Credentials for the benchmarks. The API runs in production mode, which needs a server secret;
 * reads go as an anonymous visitor of the (public) generated maps, as the peer serves them, and
 * writes as an administrator made for the run, signed in with the same secret.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { ServerKeys } from '../../api/src/auth/secrets';
import { AccountService } from '../../api/src/services/account.service';
import { benchDatabase } from './generated-workspace';

/** The server secret of this run's API processes. */
export const BENCH_SECRET = randomBytes(32).toString('hex');

/** Signs a fresh administrator in and returns its `Authorization` header. */
export async function benchAdminHeaders(neo4jUri: string): Promise<Record<string, string>> {
  const db = benchDatabase(neo4jUri, 'bench-auth');
  try {
    const accounts = new AccountService(db, new ServerKeys(BENCH_SECRET), { signUp: false, sessionTtlDays: 1 });
    const email = `bench-${randomUUID().slice(0, 8)}@bench.tiermap.org`;
    const password = randomBytes(18).toString('base64url');
    await accounts.createUser({ email, password, name: 'Benchmark', admin: true });
    const { accessToken } = await accounts.signIn(email, password);
    return { authorization: `Bearer ${accessToken}` };
  } finally {
    await db.close();
  }
}
