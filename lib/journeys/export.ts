import { toCsv } from '@/lib/csv/write';
import type { JourneyMap } from './types';
import { channelLabels } from './templates';

export const CSV_COLUMNS = [
  'stage',
  'position',
  'touchpoint',
  'channel',
  'mode',
  'owner',
  'customer actions',
  'emotion',
  'expectations',
  'perceptions',
  'pain points',
  'opportunities',
  'moment of truth',
  'polarity',
  'proactive strategy',
  'reactive strategy',
] as const;

/** How items of a list are joined in one CSV cell. */
export const ITEM_SEPARATOR = ' | ';

/** The touchpoints of a journey as RFC 4180 CSV (CRLF, quoted where needed), one row per touchpoint in map order. */
export function journeyToCsv(map: JourneyMap): string {
  const rows = map.stages.flatMap((s) =>
    s.touchpoints.map((t, i) => [
      s.name,
      i + 1,
      t.name,
      channelLabels[t.channel],
      t.mode,
      t.ownerName ?? '',
      t.customerActions,
      t.emotion ?? '',
      t.expectations,
      t.perceptions,
      t.painPoints.map((p) => p.text).join(ITEM_SEPARATOR),
      t.opportunities.map((o) => o.text).join(ITEM_SEPARATOR),
      t.isMomentOfTruth ? 'yes' : 'no',
      t.momentPolarity ?? '',
      t.proactiveStrategy,
      t.reactiveStrategy,
    ]),
  );
  return toCsv(CSV_COLUMNS, rows);
}

export const JSON_SCHEMA_VERSION = 1;

/** The whole journey as a self-describing JSON document (schemaVersion, journey, persona, stages with touchpoints and items). */
export function journeyToJson(map: JourneyMap, exportedAt = new Date()) {
  const { persona, updatedAt, ...journey } = map.journey;
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    exportedAt: exportedAt.toISOString(),
    journey: { ...journey, updatedAt: updatedAt.toISOString() },
    persona,
    stages: map.stages.map((s) => ({
      id: s.id,
      name: s.name,
      description: s.description,
      position: s.position,
      touchpoints: s.touchpoints.map(({ stageId: _s, version: _v, ...t }) => t),
    })),
  };
}

/** A file name made of the journey's name: letters, digits and dashes only. */
export function exportFileName(name: string, ext: string) {
  const base = name.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).toLowerCase();
  return `${base || 'journey'}.${ext}`;
}
