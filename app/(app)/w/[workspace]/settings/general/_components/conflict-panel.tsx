'use client';

import { AlertTriangle } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Badge } from '@/components/ui/badge';
import type { OptionGroup } from '@/lib/locale-options';
import { SETTINGS_KEYS, type SettingsOptions, type SettingsValues } from './types';

const LABELS: Record<keyof SettingsValues, string> = {
  name: 'Workspace name',
  slug: 'Address',
  timeZone: 'Time zone',
  fiscalYearStart: 'Fiscal year starts in',
  currency: 'Currency',
  locale: 'Number and date format',
};

function labelIn(groups: OptionGroup[], value: string) {
  for (const g of groups) for (const o of g.options) if (o.value === value) return o.label;
  return value;
}

function display(k: keyof SettingsValues, v: string, options: SettingsOptions) {
  if (k === 'timeZone') return labelIn(options.timeZones, v);
  if (k === 'currency') return labelIn(options.currencies, v);
  if (k === 'locale') return labelIn([{ label: '', options: options.locales }], v);
  if (k === 'fiscalYearStart') return labelIn([{ label: '', options: options.months }], v);
  return v;
}

/** Shown after a stale save: what the other person saved, next to the form that still holds the user's input. */
export function ConflictPanel({ mine, theirs, options, onUseTheirs }: { mine: SettingsValues; theirs: SettingsValues; options: SettingsOptions; onUseTheirs: () => void }) {
  return (
    <section role="alert" aria-labelledby="conflict-title" className="rounded-lg border border-warning/30 bg-warning-bg p-4 text-sm">
      <h3 id="conflict-title" className="flex items-center gap-2 font-semibold text-warning">
        <AlertTriangle className="h-4 w-4" aria-hidden />
        Someone else saved these settings while you were editing
      </h3>
      <p className="mt-1 text-ink">Nothing of yours was saved. Your changes are still in the form: save again to replace their version, or take theirs.</p>
      <dl className="mt-3 grid gap-x-4 gap-y-1.5 sm:grid-cols-[auto_1fr]">
        {SETTINGS_KEYS.map((k) => (
          <div key={k} className="contents">
            <dt className="text-muted">{LABELS[k]}</dt>
            <dd className="flex flex-wrap items-center gap-2">
              <span className="break-all">{display(k, theirs[k], options)}</span>
              {theirs[k] !== mine[k] && <Badge tone="warning">differs from yours</Badge>}
            </dd>
          </div>
        ))}
      </dl>
      <Button type="button" variant="secondary" size="sm" className="mt-3" onClick={onUseTheirs}>
        Use their values
      </Button>
    </section>
  );
}
