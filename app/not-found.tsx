import { connection } from 'next/server';
import { NotFoundMessage } from '@/components/not-found-message';

// Rendered per request (not prerendered): a 404 answers any unknown URL, where proxy.ts sends the nonce policy, and
// a prerendered page's inline scripts would carry no nonce. The share page has its own (app/share/[token]/not-found.tsx).
export default async function NotFound() {
  await connection();
  return <NotFoundMessage />;
}
