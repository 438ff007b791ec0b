import type {
  Benchmark,
  Canvas,
  CanvasNote,
  CanvasNoteLink,
  Initiative,
  Journey,
  Measure,
  MeasurementRow,
  MeasureTarget,
  Objective,
  ObjectiveLink,
  Persona,
  Perspective,
  Scorecard,
  Stage,
  Touchpoint,
  TouchpointItem,
  Workspace,
} from '@/db/schema';
import { EXPORT_FORMAT, SCHEMA_VERSION, type WorkspaceDocument } from './schema';

export type WorkspaceRows = {
  personas: Persona[];
  journeys: Journey[];
  stages: Stage[];
  touchpoints: Touchpoint[];
  items: TouchpointItem[];
  canvases: Canvas[];
  notes: CanvasNote[];
  noteLinks: CanvasNoteLink[];
  scorecards: Scorecard[];
  perspectives: Perspective[];
  objectives: Objective[];
  objectiveLinks: ObjectiveLink[];
  initiatives: Initiative[];
  measures: Measure[];
  targets: MeasureTarget[];
  measurements: MeasurementRow[];
  benchmarks: Benchmark[];
};

/** Rows (already in their export order) grouped by a parent key, keeping that order. */
function groupBy<T>(rows: T[], key: (row: T) => string | null): (parent: string) => T[] {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    let list = map.get(k);
    if (!list) map.set(k, (list = []));
    list.push(r);
  }
  return (parent) => map.get(parent) ?? [];
}

/**
 * The rows of one workspace → the export document. Owners, authors and timestamps are left out (they name
 * people or moments of this database); a note's origin is kept only when that note is in the file.
 */
export function buildDocument(workspace: Workspace, rows: WorkspaceRows, now: Date): WorkspaceDocument {
  const stagesOf = groupBy(rows.stages, (s) => s.journeyId);
  const touchpointsOf = groupBy(rows.touchpoints, (t) => t.stageId);
  const itemsOf = groupBy(rows.items, (i) => i.touchpointId);
  const notesOf = groupBy(rows.notes, (n) => n.canvasId);
  const linksOf = groupBy(rows.noteLinks, (l) => l.noteId);
  const noteIds = new Set(rows.notes.map((n) => n.id));
  const perspectivesOf = groupBy(rows.perspectives, (p) => p.scorecardId);
  const objectivesOf = groupBy(rows.objectives, (o) => o.perspectiveId);
  const objectiveLinksOf = groupBy(rows.objectiveLinks, (l) => l.scorecardId);
  const initiativesOf = groupBy(rows.initiatives, (i) => i.objectiveId);
  const measuresOf = groupBy(rows.measures, (m) => m.objectiveId);
  const targetsOf = groupBy(rows.targets, (t) => t.measureId);
  const measurementsOf = groupBy(rows.measurements, (m) => m.measureId);
  const benchmarksOf = groupBy(rows.benchmarks, (b) => b.measureId);

  return {
    format: EXPORT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    workspace: { name: workspace.name, timeZone: workspace.timeZone, fiscalYearStart: workspace.fiscalYearStart, currency: workspace.currency, locale: workspace.locale },
    personas: rows.personas.map((p) => ({
      id: p.id,
      name: p.name,
      segment: p.segment,
      description: p.description,
      demographics: p.demographics,
      goals: p.goals,
      needs: p.needs,
      frustrations: p.frustrations,
      color: p.color as WorkspaceDocument['personas'][number]['color'],
    })),
    journeys: rows.journeys.map((j) => ({
      id: j.id,
      personaId: j.personaId,
      name: j.name,
      description: j.description,
      status: j.status,
      stages: stagesOf(j.id).map((s) => ({
        id: s.id,
        name: s.name,
        description: s.description,
        position: s.position,
        touchpoints: touchpointsOf(s.id).map((t) => ({
          id: t.id,
          position: t.position,
          name: t.name,
          channel: t.channel,
          mode: t.mode,
          customerActions: t.customerActions,
          emotion: t.emotion,
          expectations: t.expectations,
          perceptions: t.perceptions,
          isMomentOfTruth: t.isMomentOfTruth,
          momentPolarity: t.momentPolarity,
          proactiveStrategy: t.proactiveStrategy,
          reactiveStrategy: t.reactiveStrategy,
          items: itemsOf(t.id).map((i) => ({ id: i.id, kind: i.kind, text: i.text, position: i.position })),
        })),
      })),
    })),
    canvases: rows.canvases.map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      notes: notesOf(c.id).map((n) => ({
        id: n.id,
        block: n.block,
        text: n.text,
        color: n.color as WorkspaceDocument['canvases'][number]['notes'][number]['color'],
        position: n.position,
        originId: n.originId !== null && noteIds.has(n.originId) ? n.originId : null,
        links: linksOf(n.id).map((l) => ({ touchpointId: l.touchpointId, personaId: l.personaId, touchpointItemId: l.touchpointItemId })),
      })),
    })),
    scorecards: rows.scorecards.map((sc) => ({
      id: sc.id,
      name: sc.name,
      description: sc.description,
      greenThreshold: sc.greenThreshold,
      amberThreshold: sc.amberThreshold,
      perspectives: perspectivesOf(sc.id).map((p) => ({
        id: p.id,
        kind: p.kind,
        label: p.label,
        weight: p.weight,
        position: p.position,
        objectives: objectivesOf(p.id).map((o) => ({
          id: o.id,
          name: o.name,
          description: o.description,
          weight: o.weight,
          stageId: o.stageId,
          position: o.position,
          initiatives: initiativesOf(o.id).map((i) => ({
            id: i.id,
            name: i.name,
            description: i.description,
            status: i.status,
            startDate: i.startDate,
            dueDate: i.dueDate,
            progress: i.progress,
            position: i.position,
          })),
          measures: measuresOf(o.id).map((m) => exportMeasure(m, targetsOf(m.id), measurementsOf(m.id), benchmarksOf(m.id))),
        })),
      })),
      objectiveLinks: objectiveLinksOf(sc.id).map((l) => ({ causeId: l.causeId, effectId: l.effectId })),
    })),
  };
}

type ExportedMeasure = WorkspaceDocument['scorecards'][number]['perspectives'][number]['objectives'][number]['measures'][number];

function exportMeasure(m: Measure, targets: MeasureTarget[], values: MeasurementRow[], refs: Benchmark[]): ExportedMeasure {
  return {
    id: m.id,
    name: m.name,
    description: m.description,
    unit: m.unit,
    unitLabel: m.unitLabel,
    direction: m.direction,
    tolerance: m.tolerance,
    frequency: m.frequency,
    baseline: m.baseline,
    amberThreshold: m.amberThreshold,
    weight: m.weight,
    decimals: m.decimals,
    dataSource: m.dataSource,
    indicator: m.indicator,
    stageId: m.stageId,
    formula: m.formula,
    libraryKey: m.libraryKey,
    surveyKind: m.surveyKind,
    referenceBenchmarkId: m.referenceBenchmarkId,
    position: m.position,
    targets: targets.map((t) => ({ fromPeriod: t.fromPeriod, target: t.target, targetLo: t.targetLo, targetHi: t.targetHi })),
    measurements: values.map((v) => ({ period: v.period, value: v.value, note: v.note, source: v.source, survey: v.survey ?? null })),
    benchmarks: refs.map((b) => ({
      id: b.id,
      kind: b.kind,
      competitorName: b.competitorName,
      value: b.value,
      asOf: b.asOf,
      periodLabel: b.periodLabel,
      source: b.source,
      sourceUrl: b.sourceUrl,
      note: b.note,
    })),
  };
}
