import Link from 'next/link';
import { ForgotPasswordForm } from '../_components/forgot-password-form';

export const metadata = { title: 'Reset your password' };

export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const sp = await searchParams;
  return (
    <>
      <h1 className="text-xl font-semibold">Reset your password</h1>
      <p className="mb-6 mt-1 text-sm text-muted">Enter the email you signed up with. We will send you a link to choose a new password.</p>
      <ForgotPasswordForm email={typeof sp.email === 'string' ? sp.email : undefined} />
      <p className="mt-6 text-sm text-muted">
        Remembered it?{' '}
        <Link href="/sign-in" className="text-brand-700 hover:underline">
          Sign in
        </Link>
      </p>
    </>
  );
}
