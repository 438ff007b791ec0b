'use client';

import { CircleCheck } from 'lucide-react';
import { useSearchParams } from 'next/navigation';

// Read on the client so the landing page itself stays static (prerendered).
export function AccountDeletedNotice() {
  const deleted = useSearchParams().get('deleted') === '1';
  if (!deleted) return null;
  return (
    <p role="status" className="mb-8 flex items-center gap-2 rounded-md bg-success-bg px-4 py-3 text-sm text-success">
      <CircleCheck className="h-4 w-4 shrink-0" aria-hidden /> Your account was deleted and you were signed out. Thank you for using Wayfinder.
    </p>
  );
}
