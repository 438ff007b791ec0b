'use client';

import { TriangleAlert } from 'lucide-react';
import { useActionForm } from '@/components/ui/action-form';
import { CopyField } from '@/components/ui/copy-field';
import { DialogActions } from '@/components/ui/dialog';
import { Field, FormMessage } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { SHARE_PASSWORD_MIN } from '@/lib/validations/share-links';
import { createShareLinkAction } from './actions';

/** The "new link" form; after creation it shows the full URL once, with a Copy button. */
export function CreateShareLinkForm({ workspace, scorecardId }: { workspace: string; scorecardId: string }) {
  const { state, formAction, errors, value, formError } = useActionForm(createShareLinkAction);
  if (state?.ok) {
    // Rendered only after a submit (never on the server), so the browser's origin is known.
    const url = `${window.location.origin}/share/${state.data.token}`;
    return (
      <section aria-labelledby="share-new-heading" className="space-y-3">
        <h3 id="share-new-heading" className="text-sm font-semibold">
          Link “{state.data.label}” created
        </h3>
        <div className="flex gap-2 rounded-md border border-warning/30 bg-warning-bg px-3 py-2 text-sm text-warning" role="note">
          <TriangleAlert className="mt-0.5 h-4 w-4 shrink-0" aria-hidden />
          <p>
            <strong>Copy it now: you will not see it again.</strong> We keep only a fingerprint of it. If you lose it, revoke it and create another.
          </p>
        </div>
        <CopyField id="share-new-url" label="Share link" value={url} />
      </section>
    );
  }
  return (
    <form action={formAction} className="space-y-4 border-t border-line pt-4" noValidate aria-labelledby="share-form-heading">
      <h3 id="share-form-heading" className="text-sm font-semibold">
        New link
      </h3>
      <FormMessage>{formError}</FormMessage>
      <input type="hidden" name="workspace" value={workspace} />
      <input type="hidden" name="scorecardId" value={scorecardId} />
      <Field id="share-label" label="Label" hint="Who it is for, e.g. “Board Q3”." errors={errors('label')}>
        {(a) => <Input {...a} name="label" required maxLength={80} autoComplete="off" defaultValue={value('label')} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="share-expires" label="Works until (optional)" hint="The last day it opens; empty: no expiry." errors={errors('expiresOn')}>
          {(a) => <Input {...a} name="expiresOn" type="date" defaultValue={value('expiresOn')} />}
        </Field>
        <Field id="share-password" label="Password (optional)" hint={`At least ${SHARE_PASSWORD_MIN} characters; send it separately.`} errors={errors('password')}>
          {(a) => <Input {...a} name="password" type="password" autoComplete="new-password" />}
        </Field>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Also include</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="includeStrategyMap" defaultChecked={value('includeStrategyMap') === 'on'} className="h-4 w-4" />
          The strategy map
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="includeJourneys" defaultChecked={value('includeJourneys') === 'on'} className="h-4 w-4" />
          The linked journeys (with a stage aligned to one of its objectives or measures)
        </label>
      </fieldset>
      <DialogActions>
        <SubmitButton>Create link</SubmitButton>
      </DialogActions>
    </form>
  );
}
