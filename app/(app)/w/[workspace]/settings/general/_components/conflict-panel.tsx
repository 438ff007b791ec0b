'use client';

import { ConflictPanel } from '@/components/ui/conflict-panel';
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

/** Shown after a stale save: the other person's settings next to the form that still holds the user's input. */
export function SettingsConflict({ mine, theirs, options, onUseTheirs }: { mine: SettingsValues; theirs: SettingsValues; options: SettingsOptions; onUseTheirs: () => void }) {
  const rows = SETTINGS_KEYS.map((k) => ({ key: k, label: LABELS[k], theirs: display(k, theirs[k], options), differs: theirs[k] !== mine[k] }));
  return <ConflictPanel what="these settings" rows={rows} onUseTheirs={onUseTheirs} />;
}
