import Link from 'next/link';
import { connection } from 'next/server';

// Rendered per request (not prerendered): a 404 answers any unknown URL, where proxy.ts sends the nonce policy, and
// a prerendered page's inline scripts would carry no nonce.
export default async function NotFound() {
  await connection();
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <p className="text-sm font-medium text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-muted">This page does not exist, or you do not have access to it.</p>
      <Link href="/w" className="mt-6 inline-block text-brand-700 hover:underline">
        Go to your workspaces
      </Link>
    </main>
  );
}
