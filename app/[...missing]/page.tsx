import { notFound } from 'next/navigation';
import { connection } from 'next/server';

/**
 * Any URL no other route matches: the 404 page, rendered per request so that its scripts carry the request's nonce
 * (proxy.ts; a prerendered 404 page's inline scripts would have none). Not in app/not-found.tsx itself, which every
 * page's tree includes: a per-request API there would make the cached share page fail.
 */
export default async function Missing() {
  await connection();
  notFound();
}
