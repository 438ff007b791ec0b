'use client';

import Link from 'next/link';
import { LogOut, UserRound } from 'lucide-react';
import { signOutAction } from '@/app/(auth)/actions';
import { DropdownContent, DropdownItem, DropdownLabel, DropdownMenu, DropdownSeparator, DropdownTrigger } from '@/components/ui/dropdown';

export function UserMenu({ name, email }: { name: string; email: string }) {
  const initials = name
    .split(/\s+/)
    .map((p) => p[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();
  return (
    <DropdownMenu>
      <DropdownTrigger className="flex items-center gap-2 rounded-full p-1 hover:bg-canvas" aria-label={`Account menu for ${name}`}>
        <span aria-hidden className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-700">
          {initials || '?'}
        </span>
      </DropdownTrigger>
      <DropdownContent align="end">
        <DropdownLabel>
          <span className="block font-medium text-ink">{name}</span>
          <span className="block">{email}</span>
        </DropdownLabel>
        <DropdownSeparator />
        <DropdownItem asChild>
          <Link href="/account">
            <UserRound className="h-4 w-4" aria-hidden /> Account
          </Link>
        </DropdownItem>
        <DropdownItem onSelect={() => void signOutAction()}>
          <LogOut className="h-4 w-4" aria-hidden /> Sign out
        </DropdownItem>
      </DropdownContent>
    </DropdownMenu>
  );
}
