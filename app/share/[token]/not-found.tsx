import { NotFoundMessage } from '@/components/not-found-message';

// The share page is served from Next's page cache, and a dead link's 404 is cached with it: this one must not ask for
// per-request rendering (the root not-found page calls connection() for its nonce; share pages have no nonce).
export default function ShareNotFound() {
  return <NotFoundMessage />;
}
