import { connection } from 'next/server';

export const metadata = { title: 'Status' };

/** A dynamic page without database work: the reference point for `npm run bench`. */
export default async function StatusPage() {
  await connection();
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Wayfinder is up</h1>
      <p className="mt-2 text-muted">Server time {new Date().toISOString()}</p>
    </main>
  );
}
