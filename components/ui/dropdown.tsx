'use client';

import * as Dropdown from '@radix-ui/react-dropdown-menu';
import * as React from 'react';
import { cn } from '@/lib/utils';

export const DropdownMenu = Dropdown.Root;
export const DropdownTrigger = Dropdown.Trigger;

export function DropdownContent({ children, align = 'start', className }: { children: React.ReactNode; align?: 'start' | 'end'; className?: string }) {
  return (
    <Dropdown.Portal>
      <Dropdown.Content
        align={align}
        sideOffset={6}
        className={cn('z-50 min-w-48 rounded-md border border-line bg-surface p-1 text-sm shadow-lg', className)}
      >
        {children}
      </Dropdown.Content>
    </Dropdown.Portal>
  );
}

export function DropdownItem({ className, ...props }: React.ComponentProps<typeof Dropdown.Item>) {
  return (
    <Dropdown.Item
      className={cn('flex cursor-pointer select-none items-center gap-2 rounded px-2 py-1.5 outline-none data-[highlighted]:bg-canvas', className)}
      {...props}
    />
  );
}

export function DropdownLabel({ className, ...props }: React.ComponentProps<typeof Dropdown.Label>) {
  return <Dropdown.Label className={cn('px-2 py-1.5 text-xs font-medium text-muted', className)} {...props} />;
}

export const DropdownSeparator = () => <Dropdown.Separator className="my-1 h-px bg-line" />;
