import Link from 'next/link';

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <p className="text-sm font-medium text-brand-700">403</p>
      <h1 className="mt-2 text-2xl font-semibold">Not allowed</h1>
      <p className="mt-2 text-muted">Your role in this workspace does not give access to this page. Ask an admin if you need it.</p>
      <Link href="/w" className="mt-6 inline-block text-brand-700 hover:underline">
        Go to your workspaces
      </Link>
    </main>
  );
}
