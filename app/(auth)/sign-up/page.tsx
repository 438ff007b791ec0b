import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCurrentUser, safeNext } from '@/lib/session';
import { SignUpForm } from '../_components/sign-up-form';

export const metadata = { title: 'Create an account' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string; email?: string }> }) {
  const sp = await searchParams;
  const next = safeNext(sp.next);
  if (await getCurrentUser()) redirect(next);
  return (
    <>
      <h1 className="text-xl font-semibold">Create your account</h1>
      <p className="mb-6 mt-1 text-sm text-muted">
        Already have one?{' '}
        <Link className="text-brand-700 underline underline-offset-2" href={`/sign-in${sp.next ? `?next=${encodeURIComponent(next)}` : ''}`}>
          Sign in
        </Link>
      </p>
      <SignUpForm next={sp.next ? next : undefined} email={typeof sp.email === 'string' ? sp.email : undefined} />
    </>
  );
}
