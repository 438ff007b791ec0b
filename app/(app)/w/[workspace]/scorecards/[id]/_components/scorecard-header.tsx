import Link from 'next/link';
import { Network } from 'lucide-react';
import { StatusBadge } from '@/components/scorecard/status-badge';
import { Button } from '@/components/ui/button';
import { formatScore } from '@/lib/scorecards/format';
import type { ScorecardView } from '@/lib/scorecards/view-types';
import { DeleteScorecardButton } from '../../_components/delete-scorecard-button';
import { SettingsDialog } from './settings-dialog';
import { ExportMenu } from './export-menu';
import { ImportMeasurementsDialog } from '../../../kpis/[id]/_components/import-measurements-dialog';
import { formatPeriod } from '@/lib/periods';
import { ImportBenchmarksDialog } from '@/components/benchmarks/import-benchmarks-dialog';
import { ShareDialog } from '../_share/share-dialog';
import type { ShareDialogProps } from '../_share/types';

// The CSV templates offer one row per measure (measurements: for its current period).
const measuresOf = (s: ScorecardView) => s.perspectives.flatMap((p) => p.objectives.flatMap((o) => o.measures));
const templateRows = (s: ScorecardView) => measuresOf(s).map((m) => ({ name: m.name, period: formatPeriod(m.currentPeriod, m.frequency) }));

type Props = { slug: string; scorecard: ScorecardView; canEdit: boolean; locale: string; share: ShareDialogProps | null };

/** The scorecard's title, overall score and status in words, thresholds, and its actions (strategy map; admins: share; editors: settings, delete). */
export function ScorecardHeader({ slug, scorecard: s, canEdit, locale, share }: Props) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        <p className="text-sm text-muted">
          <Link href={`/w/${slug}/scorecards`} className="hover:underline">
            Scorecards
          </Link>
        </p>
        <h1 className="break-words text-2xl font-semibold tracking-tight">{s.name}</h1>
        {s.description && <p className="mt-1 text-sm text-muted">{s.description}</p>}
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <span>
            Score <strong className="tabular-nums">{formatScore(s.score, { locale })}</strong>
          </span>
          <StatusBadge status={s.status} />
          <span className="text-xs text-muted">
            On track from {Math.round(s.greenThreshold * 100)} %, at risk from {Math.round(s.amberThreshold * 100)} %
          </span>
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" asChild>
          <Link href={`/w/${slug}/scorecards/${s.id}/strategy-map`}>
            <Network className="h-4 w-4" aria-hidden /> Strategy map
          </Link>
        </Button>
        <ExportMenu base={`/w/${slug}/scorecards/${s.id}`} />
        {share && <ShareDialog {...share} />}
        {canEdit && <ImportMeasurementsDialog workspace={slug} scorecardId={s.id} templateRows={templateRows(s)} size="md" />}
        {canEdit && <ImportBenchmarksDialog workspace={slug} scorecards={[{ id: s.id, name: s.name, measures: measuresOf(s).map((m) => m.name) }]} size="md" />}
        {canEdit && (
          <SettingsDialog
            slug={slug}
            scorecard={{
              id: s.id,
              version: s.version,
              name: s.name,
              description: s.description,
              greenThreshold: s.greenThreshold,
              amberThreshold: s.amberThreshold,
              perspectives: s.perspectives.map((p) => ({ id: p.id, label: p.label, weight: p.weight })),
            }}
          />
        )}
        {canEdit && <DeleteScorecardButton slug={slug} scorecard={{ id: s.id, name: s.name }} leave />}
      </div>
    </div>
  );
}
