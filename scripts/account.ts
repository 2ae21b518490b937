/**
 * `npm run account -- reset-password <e-mail>`: gives an account a new generated password (printed
 * once) and ends its sessions, on the database the API uses (NEO4J_URI, or the local one at
 * bolt://127.0.0.1:7687). For the first owner's password lost on a local machine.
 */
import 'reflect-metadata';
import { hashPassword } from '../api/src/auth/secrets';
import { loadConfig } from '../api/src/config';
import { createDriver } from '../api/src/db/driver';
import { Database } from '../api/src/db/run-query';
import { createLogger } from '../api/src/logger';
import { setPassword, userByEmail } from '../api/src/repositories/account.repository';
import { emailKey, generatedPassword } from '../api/src/services/account.service';

async function main(): Promise<void> {
  const [command, email] = process.argv.slice(2);
  if (command !== 'reset-password' || !email) {
    console.error('usage: npm run account -- reset-password <e-mail>');
    process.exit(2);
  }
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const db = new Database(createDriver(config.neo4j), createLogger('silent'), config.neo4j.database);
  try {
    const user = await userByEmail(db, emailKey(email));
    if (!user) {
      console.error(`No account has the address ${email}.`);
      process.exitCode = 1;
      return;
    }
    const password = generatedPassword();
    await setPassword(db, user.id, await hashPassword(password), new Date().toISOString());
    console.log(`New password for ${user.email}: ${password}\n(shown once; every session of this account has ended)`);
  } finally {
    await db.close();
  }
}

void main();
