'use client';

import * as React from 'react';
import { Search } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input, Label } from '@/components/ui/input';
import { KPI_LIBRARY, type KpiPerspective, type LibraryKpi } from '@/lib/kpi/library';
import { directionLabels, frequencyLabels, unitLabels } from '@/lib/scorecards/format';

const PERSPECTIVES: [KpiPerspective, string][] = [
  ['financial', 'Financial'],
  ['customer', 'Customer'],
  ['internal', 'Internal process'],
  ['learning', 'Learning & growth'],
];

/** The KPI library, searchable by name or formula and grouped by suggested perspective; or start from scratch. */
export function LibraryPicker({ onPick, onScratch }: { onPick: (kpi: LibraryKpi) => void; onScratch: () => void }) {
  const [q, setQ] = React.useState('');
  const needle = q.trim().toLowerCase();
  const hits = KPI_LIBRARY.filter((k) => !needle || k.name.toLowerCase().includes(needle) || k.formula.toLowerCase().includes(needle));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-line bg-canvas p-3 text-sm">
        <span>Not in the library? Define every field yourself.</span>
        <Button type="button" variant="secondary" size="sm" onClick={onScratch}>
          Start from scratch
        </Button>
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="kpi-search">From the KPI library</Label>
        <div className="relative">
          <Search aria-hidden className="pointer-events-none absolute left-3 top-3 h-4 w-4 text-muted" />
          <Input id="kpi-search" type="search" className="pl-9" placeholder="Search, e.g. churn or NPS" value={q} onChange={(e) => setQ(e.target.value)} autoFocus />
        </div>
      </div>
      {hits.length === 0 && <p className="text-sm text-muted">No KPI of the library matches “{q}”. Try another word, or start from scratch.</p>}
      {PERSPECTIVES.map(([kind, label]) => {
        const group = hits.filter((k) => k.perspective === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-label={label}>
            <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">{label}</h3>
            <ul className="divide-y divide-line rounded-md border border-line">
              {group.map((k) => (
                <li key={k.key}>
                  <button type="button" onClick={() => onPick(k)} className="w-full px-3 py-2 text-left hover:bg-canvas focus-visible:bg-canvas focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500/40">
                    <span className="block text-sm font-medium">{k.name}</span>
                    <span className="block text-xs text-muted">
                      {unitLabels[k.unit]}
                      {k.durationIn ? ` (${k.durationIn})` : ''} · {directionLabels[k.direction]} · {frequencyLabels[k.frequency]}
                      {k.stage ? ` · stage: ${k.stage}` : ''}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
