import Link from 'next/link';

// No per-request API here: this component is part of every page's tree, the cached share page's too. An unknown URL
// is answered per request (with the nonce policy) by the catch-all app/[...missing]/page.tsx, which renders this.
export default function NotFound() {
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
