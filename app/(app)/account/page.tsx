import { AccountHeader } from '@/components/account-header';
import Link from 'next/link';
import { ArrowLeft } from 'lucide-react';
import { requireUser } from '@/lib/session';
import { listSoleOwnedWorkspaces } from '@/db/queries/users';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/field';
import { ProfileForm } from './_components/profile-form';
import { ChangePasswordForm } from './_components/change-password-form';
import { DeleteAccount } from './_components/delete-account';

export const metadata = { title: 'Your account' };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ password?: string }> }) {
  const user = await requireUser('/account');
  const [sp, soleOwned] = await Promise.all([searchParams, listSoleOwnedWorkspaces(user.id)]);
  return (
    <div className="min-h-screen">
      <AccountHeader name={user.name} email={user.email} />
      <main className="mx-auto max-w-2xl space-y-6 px-4 py-10">
        <div>
          <Link href="/w" className="inline-flex items-center gap-1 text-sm text-brand-700 hover:underline">
            <ArrowLeft className="h-4 w-4" aria-hidden /> Your workspaces
          </Link>
          <h1 className="mt-2 text-2xl font-semibold">Your account</h1>
        </div>
        {sp.password === 'changed' && (
          <FormMessage tone="success">Your password was changed. Every other browser and device signed in to this account has been signed out.</FormMessage>
        )}
        <Card>
          <CardHeader title="Profile" description="Your name is shown to the people in your workspaces." />
          <CardBody>
            <ProfileForm name={user.name} email={user.email} version={user.version} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Change password" description="You stay signed in here; every other session is signed out." />
          <CardBody>
            <ChangePasswordForm email={user.email} />
          </CardBody>
        </Card>
        <Card className="border-danger/40">
          <CardHeader title="Delete account" description="Removes your account and your access to every workspace. This cannot be undone." />
          <CardBody>
            <DeleteAccount soleOwned={soleOwned} />
          </CardBody>
        </Card>
      </main>
    </div>
  );
}
