import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { findPasswordReset } from '@/db/queries/users';
import { hashToken } from '@/lib/tokens';
import { ResetPasswordForm } from '../../_components/reset-password-form';

export const metadata = { title: 'Choose a new password', robots: { index: false } };

const dead = {
  invalid: { title: 'This reset link is not valid', text: 'The link may be incomplete: copy the whole address from the email, or ask for a new link.' },
  expired: { title: 'This reset link has expired', text: 'Reset links work for one hour. Ask for a new one and use it soon.' },
  used: { title: 'This reset link was already used', text: 'Each link works once. If you still need to change your password, ask for a new link.' },
} as const;

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const lookup = token.length >= 10 && token.length <= 200 ? await findPasswordReset(hashToken(token)) : { state: 'invalid' as const };
  if (lookup.state !== 'valid') {
    const d = dead[lookup.state];
    return (
      <>
        <h1 className="text-xl font-semibold">{d.title}</h1>
        <p className="mb-6 mt-2 text-sm text-muted">{d.text}</p>
        <div className="flex flex-wrap gap-3">
          <Button asChild>
            <Link href="/reset-password">Ask for a new link</Link>
          </Button>
          <Button asChild variant="secondary">
            <Link href="/sign-in">Sign in</Link>
          </Button>
        </div>
      </>
    );
  }
  return (
    <>
      <h1 className="text-xl font-semibold">Choose a new password</h1>
      <p className="mb-6 mt-1 text-sm text-muted">After this, you will be signed out everywhere and can sign in with the new password.</p>
      <ResetPasswordForm token={token} />
    </>
  );
}
