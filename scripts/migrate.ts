// `npm run db:migrate`: applies the committed migrations to DATABASE_URL or the embedded database.
// Refuses (with the holder's pid) while a server holds the embedded database.
import { closeDatabase, openDatabase } from '../db/client';

openDatabase()
  .then(async (db) => {
    await closeDatabase(db);
    console.log(`Migrations applied to ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'the embedded database'}.`);
  })
  .catch((e) => {
    console.error((e as Error).message);
    process.exit(1);
  });
