'use client';

import * as React from 'react';
import { useRouter } from 'next/navigation';
import { toast } from '@/components/ui/toaster';
import type { ActionResult } from '@/lib/actions';

/**
 * Controlled dialog-form state: values reset from `initial` each time the dialog opens; a failed save
 * keeps them with the field errors; a conflict keeps them too and hands over the current row (whose
 * version the next save sends), so the user can save again over it or take theirs.
 */
export function useDialogForm<V extends Record<string, string>, C extends { version: number }>(initial: V & { version?: number }, open: boolean) {
  const router = useRouter();
  // The version travels apart from the values: a create action does not take one (unknown keys are refused).
  const fieldsOf = ({ version: _version, ...fields }: V & { version?: number }) => fields as unknown as V;
  const [values, setValues] = React.useState<V>(() => fieldsOf(initial));
  const [version, setVersion] = React.useState(initial.version ?? 1);
  const [errors, setErrors] = React.useState<Record<string, string[]>>({});
  const [formError, setFormError] = React.useState<string>();
  const [theirs, setTheirs] = React.useState<C | null>(null);
  const [pending, start] = React.useTransition();
  React.useEffect(() => {
    if (!open) return;
    setValues(fieldsOf(initial));
    setVersion(initial.version ?? 1);
    setErrors({});
    setFormError(undefined);
    setTheirs(null);
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  const set = (k: keyof V) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));
  const submit = (call: (values: V, version: number) => Promise<ActionResult<{ name: string }>>, done: (name: string) => string, onDone: () => void) =>
    start(async () => {
      const r = await call(values, version);
      if (r.ok) {
        toast.success(done(r.data.name));
        onDone();
        router.refresh();
        return;
      }
      setErrors(r.fieldErrors ?? {});
      setFormError(r.fieldErrors && !r.fieldErrors._form ? undefined : r.error);
      if (r.code === 'conflict' && r.current) {
        setTheirs(r.current as C);
        setVersion((r.current as C).version);
        setFormError(undefined);
      }
    });
  return { values, setValues, set, errors, formError, theirs, pending, submit };
}
