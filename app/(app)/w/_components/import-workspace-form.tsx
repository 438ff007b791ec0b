'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Field, FormMessage } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/toaster';

type Failure = { message: string; problems: string[]; name?: string[] };

const MAX_MB = 20;

/** Sends the chosen file to POST /api/workspace-imports and opens the new workspace. */
export function ImportWorkspaceForm() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setFailure({ message: 'Choose a workspace file (.json) first.', problems: [] });
      return;
    }
    if (file.size > MAX_MB * 1024 * 1024) {
      setFailure({ message: `This file is larger than ${MAX_MB} MB.`, problems: [] });
      return;
    }
    const name = String(form.get('name') ?? '').trim();
    const body = new FormData();
    body.set('file', file);
    setPending(true);
    setFailure(null);
    try {
      const res = await fetch(`/api/workspace-imports${name ? `?name=${encodeURIComponent(name)}` : ''}`, { method: 'POST', body });
      const data = (await res.json().catch(() => null)) as
        | { url?: string; workspace?: { name: string }; error?: { message: string; fields?: Record<string, string[]> } }
        | null;
      if (res.ok && data?.url) {
        toast.success(`Imported “${data.workspace?.name ?? 'workspace'}”.`);
        router.push(data.url);
        return;
      }
      const { name: nameErrors, ...fields } = data?.error?.fields ?? {};
      const problems = Object.entries(fields)
        .filter(([path]) => !['file', 'format', 'schemaVersion', '_body'].includes(path))
        .flatMap(([path, messages]) => messages.map((m) => `${path}: ${m}`));
      setFailure({ message: data?.error?.message ?? `The import failed (HTTP ${res.status}). Nothing was imported.`, problems, name: nameErrors });
    } catch {
      setFailure({ message: 'The file could not be sent. Check your connection and try again.', problems: [] });
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-busy={pending || undefined}>
      <FormMessage>
        {failure && (
          <>
            <p>{failure.message}</p>
            {failure.problems.length > 1 && (
              <ul className="mt-1 list-disc pl-5">
                {failure.problems.map((p) => (
                  <li key={p} className="break-words">
                    {p}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </FormMessage>
      <Field id="import-file" label="Workspace file" hint={`A .json file from “Download workspace (JSON)”, up to ${MAX_MB} MB.`}>
        {(a) => <Input {...a} name="file" type="file" accept=".json,application/json" required />}
      </Field>
      <Field id="import-name" label="Rename it to (optional)" hint="Leave empty to keep the name in the file." errors={failure?.name}>
        {(a) => <Input {...a} name="name" maxLength={80} />}
      </Field>
      <Button type="submit" variant="secondary" loading={pending}>
        {pending ? 'Importing…' : 'Import workspace'}
      </Button>
    </form>
  );
}
