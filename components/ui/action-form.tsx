'use client';

import * as React from 'react';
import type { ActionResult } from '@/lib/actions';

export type FormAction<T = unknown> = (prev: ActionResult<T> | null, input: FormData) => Promise<ActionResult<T>>;

/** useActionState plus helpers to read field errors and the values a failed submission sent. */
export function useActionForm<T>(action: FormAction<T>, onSuccess?: (data: T) => void) {
  const [state, formAction, pending] = React.useActionState(action, null);
  const last = React.useRef<ActionResult<T> | null>(null);
  React.useEffect(() => {
    if (state && state !== last.current) {
      last.current = state;
      if (state.ok) onSuccess?.(state.data);
    }
  }, [state, onSuccess]);
  const errors = (name: string) => (state && !state.ok ? state.fieldErrors?.[name] : undefined);
  const value = (name: string, fallback = '') => (state && !state.ok ? (state.values?.[name] ?? fallback) : fallback);
  const formError = state && !state.ok && !state.fieldErrors ? state.error : state && !state.ok && state.fieldErrors?._form ? state.fieldErrors._form.join(' ') : undefined;
  return { state, formAction, pending, errors, value, formError };
}

/**
 * A <form> that hands its FormData to a server action itself, so React does not reset the
 * controlled fields after the action (it does for `<form action>`): a failed or conflicting save
 * keeps what the user typed.
 */
export function KeepValuesForm({ action, className, children }: { action: (fd: FormData) => void; className?: string; children: React.ReactNode }) {
  return (
    <form
      noValidate
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        React.startTransition(() => action(fd));
      }}
    >
      {children}
    </form>
  );
}
