import { Lock } from 'lucide-react';
import type { Workspace } from '@/db/schema';
import { formatPreview, localeOptions, monthOptions } from '@/lib/locale-options';

/** The settings as members below owner see them: read-only, with the reason they cannot edit. */
export function SettingsSummary({ workspace: w }: { workspace: Workspace }) {
  const currencyName = new Intl.DisplayNames(['en'], { type: 'currency' }).of(w.currency) ?? w.currency;
  const locale = localeOptions(w.locale).find((o) => o.value === w.locale)?.label ?? w.locale;
  const month = monthOptions()[w.fiscalYearStart - 1]?.label;
  const rows: [string, string][] = [
    ['Workspace name', w.name],
    ['Address', `/w/${w.slug}`],
    ['Time zone', w.timeZone],
    ['Fiscal year starts in', month ?? String(w.fiscalYearStart)],
    ['Currency', `${w.currency} — ${currencyName}`],
    ['Number and date format', locale],
    ['Preview', formatPreview(w.locale, w.currency, w.timeZone)],
  ];
  return (
    <div className="space-y-4">
      <p className="flex items-center gap-2 text-sm text-muted">
        <Lock className="h-4 w-4" aria-hidden />
        Only owners can change these settings.
      </p>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-muted">{k}</dt>
            <dd className="break-words">{v}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
