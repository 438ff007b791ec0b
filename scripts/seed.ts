// `npm run db:seed`: seeds the demo workspace into an empty database (prints its sign-in once).
// Refuses while a server holds the embedded database.
import { closeDatabase, openDatabase } from '../db/client';
import { seedDemoIfEmpty } from '../db/seed-demo';

openDatabase()
  .then(async (db) => {
    const seeded = await seedDemoIfEmpty(db);
    if (!seeded) console.log('Nothing to do: the database already has users (or WAYFINDER_SEED_DEMO=0).');
    await closeDatabase(db);
  })
  .catch((e) => {
    console.error((e as Error).message);
    process.exit(1);
  });
