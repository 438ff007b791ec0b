import * as React from 'react';
import { Label } from './input';

type FieldProps = {
  id: string;
  label: string;
  hint?: React.ReactNode;
  errors?: string[];
  children: (aria: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => React.ReactNode;
};

/** A labelled form control with its hint and its errors, wired for screen readers. */
export function Field({ id, label, hint, errors, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children({ id, 'aria-invalid': errId ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {errId && (
        <p id={errId} className="text-sm text-danger">
          {errors!.join(' ')}
        </p>
      )}
    </div>
  );
}

/** A form-level message (error or success) announced to screen readers. */
export function FormMessage({ tone = 'error', children }: { tone?: 'error' | 'success'; children?: React.ReactNode }) {
  if (!children) return null;
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={tone === 'error' ? 'rounded-md bg-danger-bg px-3 py-2 text-sm text-danger' : 'rounded-md bg-success-bg px-3 py-2 text-sm text-success'}
    >
      {children}
    </div>
  );
}
