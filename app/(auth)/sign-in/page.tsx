import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCurrentUser, safeNext } from '@/lib/session';
import { SignInForm } from '../_components/sign-in-form';

export const metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; email?: string; reset?: string }> }) {
  const sp = await searchParams;
  const next = safeNext(sp.next);
  if (await getCurrentUser()) redirect(next);
  return (
    <>
      <h1 className="text-xl font-semibold">Sign in</h1>
      <p className="mb-6 mt-1 text-sm text-muted">
        New here?{' '}
        <Link className="text-brand-700 underline underline-offset-2" href={`/sign-up${sp.next ? `?next=${encodeURIComponent(next)}` : ''}`}>
          Create an account
        </Link>
      </p>
      {sp.reset === '1' && (
        <p role="status" className="mb-4 rounded-md bg-success-bg px-3 py-2 text-sm text-success">
          Your password was changed. Sign in with the new one.
        </p>
      )}
      <SignInForm next={sp.next ? next : undefined} email={typeof sp.email === 'string' ? sp.email : undefined} />
    </>
  );
}
