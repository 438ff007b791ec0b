'use client';

import { KeepValuesForm } from '@/components/ui/action-form';
import * as React from 'react';
import { useRouter } from 'next/navigation';
import { updateWorkspaceSettingsAction } from '../actions';
import { Field, FormMessage } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/toaster';
import { formatPreview, type OptionGroup } from '@/lib/locale-options';
import { SettingsConflict } from './conflict-panel';
import { toValues, type SettingsOptions, type SettingsValues } from './types';

function Options({ groups }: { groups: OptionGroup[] }) {
  return groups.map((g) => (
    <optgroup key={g.label} label={g.label}>
      {g.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </optgroup>
  ));
}

function filterZones(groups: OptionGroup[], query: string, keep: string) {
  const q = query.trim().toLowerCase();
  if (!q) return groups;
  return groups
    .map((g) => ({ ...g, options: g.options.filter((o) => o.value === keep || `${o.value} ${o.label}`.toLowerCase().includes(q)) }))
    .filter((g) => g.options.length > 0);
}

/** Owners edit the workspace's settings; a stale save shows the other person's values beside their own. */
export function SettingsForm({ workspace, version: savedVersion, options }: { workspace: SettingsValues; version: number; options: SettingsOptions }) {
  const router = useRouter();
  const [values, setValues] = React.useState(workspace);
  const [zoneQuery, setZoneQuery] = React.useState('');
  const [state, formAction, pending] = React.useActionState(updateWorkspaceSettingsAction, null);
  const [dismissed, setDismissed] = React.useState<unknown>(null);
  const failed = state && !state.ok ? state : null;
  const theirs = failed?.code === 'conflict' && failed.current ? (failed.current as SettingsValues & { version: number; fiscalYearStart: number }) : null;
  // The version to send: the other person's after a conflict (so saving again is a deliberate overwrite).
  const version = state?.ok ? state.data.version : theirs ? theirs.version : (failed?.values?.version ?? savedVersion);
  const errors = (k: string) => failed?.fieldErrors?.[k];

  const handled = React.useRef<unknown>(null);
  React.useEffect(() => {
    if (!state?.ok || handled.current === state) return;
    handled.current = state;
    toast.success('Settings saved.');
    if (state.data.slug !== workspace.slug) router.replace(`/w/${state.data.slug}/settings/general`);
  }, [state, workspace.slug, router]);

  const set = (k: keyof SettingsValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [k]: e.target.value }));
  const preview = formatPreview(values.locale, values.currency, values.timeZone);

  return (
    <div className="space-y-4">
      {theirs && dismissed !== state && (
        <SettingsConflict
          mine={values}
          theirs={toValues(theirs)}
          options={options}
          onUseTheirs={() => {
            setValues(toValues(theirs));
            setDismissed(state);
          }}
        />
      )}
      <KeepValuesForm action={formAction} className="space-y-5">
        {failed && !theirs && <FormMessage>{failed.error}</FormMessage>}
        <input type="hidden" name="workspace" value={workspace.slug} />
        <input type="hidden" name="version" value={String(version)} />
        <div className="grid gap-5 md:grid-cols-2">
          <Field id="ws-name" label="Workspace name" errors={errors('name')}>
            {(a) => <Input {...a} name="name" value={values.name} onChange={set('name')} maxLength={80} required />}
          </Field>
          <Field id="ws-slug" label="Address" hint={<>Your workspace lives at /w/{values.slug || '…'}. Old links stop working when it changes.</>} errors={errors('slug')}>
            {(a) => <Input {...a} name="slug" value={values.slug} onChange={set('slug')} maxLength={48} required autoCapitalize="none" spellCheck={false} />}
          </Field>
        </div>
        <fieldset className="space-y-2">
          <legend className="sr-only">Time zone</legend>
          <Field id="ws-tz-find" label="Find a time zone" hint="Type a city or region to narrow the list below.">
            {(a) => <Input {...a} type="search" value={zoneQuery} onChange={(e) => setZoneQuery(e.target.value)} autoComplete="off" />}
          </Field>
          <Field id="ws-tz" label="Time zone" hint="Dates in activity logs and reports use it." errors={errors('timeZone')}>
            {(a) => (
              <Select {...a} name="timeZone" value={values.timeZone} onChange={set('timeZone')}>
                <Options groups={filterZones(options.timeZones, zoneQuery, values.timeZone)} />
              </Select>
            )}
          </Field>
        </fieldset>
        <div className="grid gap-5 md:grid-cols-2">
          <Field id="ws-fy" label="Fiscal year starts in" errors={errors('fiscalYearStart')}>
            {(a) => (
              <Select {...a} name="fiscalYearStart" value={values.fiscalYearStart} onChange={set('fiscalYearStart')}>
                {options.months.map((m) => (
                  <option key={m.value} value={m.value}>
                    {m.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="ws-currency" label="Currency" errors={errors('currency')}>
            {(a) => (
              <Select {...a} name="currency" value={values.currency} onChange={set('currency')}>
                <Options groups={options.currencies} />
              </Select>
            )}
          </Field>
        </div>
        <Field id="ws-locale" label="Number and date format" errors={errors('locale')}>
          {(a) => (
            <Select {...a} name="locale" value={values.locale} onChange={set('locale')}>
              {options.locales.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <p className="rounded-md bg-canvas px-3 py-2 text-sm" aria-live="polite">
          <span className="text-muted">Preview: </span>
          <output suppressHydrationWarning data-testid="locale-preview">
            {preview}
          </output>
        </p>
        <Button type="submit" loading={pending}>
          Save changes
        </Button>
      </KeepValuesForm>
    </div>
  );
}
