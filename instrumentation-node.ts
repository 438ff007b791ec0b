import { getDb } from './db';
import { seedDemoIfEmpty } from './db/seed-demo';

// Opens the database (taking the embedded database's lock), applies the committed migrations, and
// seeds the demo workspace into an empty database. A failure stops the server with a clear message.
export async function start() {
  try {
    const db = await getDb();
    await seedDemoIfEmpty(db);
  } catch (e) {
    console.error(`\n[wayfinder] could not open the database: ${(e as Error).message}\n`);
    process.exit(1);
  }
}
