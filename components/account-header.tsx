import Link from 'next/link';
import { Compass } from 'lucide-react';
import { UserMenu } from '@/app/(app)/w/_components/user-menu';

/** The top bar of the pages outside a workspace (/w, /account): logo home and the account menu. */
export function AccountHeader({ name, email }: { name: string; email: string }) {
  return (
    <header className="flex items-center justify-between gap-3 border-b border-line bg-surface px-4 py-3 sm:px-6">
      <Link href="/w" className="flex items-center gap-2 text-brand-700">
        <Compass className="h-5 w-5" aria-hidden />
        <span className="font-semibold">Wayfinder</span>
      </Link>
      <UserMenu name={name} email={email} />
    </header>
  );
}
