import type {
  benchmarks,
  canvases,
  canvasNoteLinks,
  canvasNotes,
  initiatives,
  journeys,
  measurements,
  measures,
  measureTargets,
  objectiveLinks,
  objectives,
  personas,
  perspectives,
  scorecards,
  stages,
  touchpointItems,
  touchpoints,
} from '@/db/schema';
import type { WorkspaceDocument } from './schema';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'][];

export type ImportRows = {
  personas: Insert<typeof personas>;
  journeys: Insert<typeof journeys>;
  stages: Insert<typeof stages>;
  touchpoints: Insert<typeof touchpoints>;
  items: Insert<typeof touchpointItems>;
  canvases: Insert<typeof canvases>;
  notes: Insert<typeof canvasNotes>;
  noteLinks: Insert<typeof canvasNoteLinks>;
  scorecards: Insert<typeof scorecards>;
  perspectives: Insert<typeof perspectives>;
  objectives: Insert<typeof objectives>;
  objectiveLinks: Insert<typeof objectiveLinks>;
  initiatives: Insert<typeof initiatives>;
  /** Inserted without their reference benchmark (the benchmarks point back at them): see `references`. */
  measures: Insert<typeof measures>;
  targets: Insert<typeof measureTargets>;
  measurements: Insert<typeof measurements>;
  benchmarks: Insert<typeof benchmarks>;
  references: { measureId: string; benchmarkId: string }[];
};

/**
 * A checked document → the rows to insert into `workspaceId`: every id replaced by a fresh one (references
 * follow), versions at 1, positions kept. Rows ordered by creation in the export get creation times a
 * millisecond apart, in file order and before `now`, so exporting the new workspace lists them in the same order.
 */
export function importRows(doc: WorkspaceDocument, workspaceId: string, now: Date, newId: () => string = () => crypto.randomUUID()): ImportRows {
  const ids = new Map<string, string>();
  const fresh = (old: string) => {
    const id = newId();
    ids.set(old, id);
    return id;
  };
  const to = (old: string) => ids.get(old)!;
  const toNullable = (old: string | null) => (old === null ? null : to(old));
  const out: ImportRows = {
    personas: [], journeys: [], stages: [], touchpoints: [], items: [], canvases: [], notes: [], noteLinks: [], scorecards: [],
    perspectives: [], objectives: [], objectiveLinks: [], initiatives: [], measures: [], targets: [], measurements: [], benchmarks: [], references: [],
  };

  // First pass: every id gets its replacement, so references can point forwards (a note's origin, a link).
  for (const p of doc.personas) fresh(p.id);
  for (const j of doc.journeys) {
    fresh(j.id);
    for (const s of j.stages) {
      fresh(s.id);
      for (const t of s.touchpoints) {
        fresh(t.id);
        for (const i of t.items) fresh(i.id);
      }
    }
  }
  for (const c of doc.canvases) for (const n of [c, ...c.notes]) fresh(n.id);
  for (const sc of doc.scorecards) {
    fresh(sc.id);
    for (const p of sc.perspectives) {
      fresh(p.id);
      for (const o of p.objectives) {
        fresh(o.id);
        for (const i of o.initiatives) fresh(i.id);
        for (const m of o.measures) for (const r of [m, ...m.benchmarks]) fresh(r.id);
      }
    }
  }

  for (const p of doc.personas) out.personas.push({ ...p, id: to(p.id), workspaceId });
  for (const { stages, ...j } of doc.journeys) {
    out.journeys.push({ ...j, id: to(j.id), workspaceId, personaId: toNullable(j.personaId) });
    for (const { touchpoints, ...s } of stages) {
      out.stages.push({ ...s, id: to(s.id), workspaceId, journeyId: to(j.id) });
      for (const { items, ...t } of touchpoints) {
        out.touchpoints.push({ ...t, id: to(t.id), workspaceId, journeyId: to(j.id), stageId: to(s.id) });
        for (const i of items) out.items.push({ ...i, id: to(i.id), workspaceId, journeyId: to(j.id), touchpointId: to(t.id) });
      }
    }
  }
  for (const { notes, ...c } of doc.canvases) {
    out.canvases.push({ ...c, id: to(c.id), workspaceId });
    for (const { links, ...n } of notes) {
      out.notes.push({ ...n, id: to(n.id), workspaceId, canvasId: to(c.id), originId: toNullable(n.originId) });
      for (const l of links) {
        out.noteLinks.push({
          workspaceId,
          noteId: to(n.id),
          touchpointId: toNullable(l.touchpointId),
          personaId: toNullable(l.personaId),
          touchpointItemId: toNullable(l.touchpointItemId),
        });
      }
    }
  }
  for (const { perspectives, objectiveLinks, ...sc } of doc.scorecards) {
    const scorecardId = to(sc.id);
    out.scorecards.push({ ...sc, id: scorecardId, workspaceId });
    for (const { objectives, ...p } of perspectives) {
      out.perspectives.push({ ...p, id: to(p.id), workspaceId, scorecardId });
      for (const { initiatives, measures, ...o } of objectives) {
        const objectiveId = to(o.id);
        out.objectives.push({ ...o, id: objectiveId, workspaceId, scorecardId, perspectiveId: to(p.id), stageId: toNullable(o.stageId) });
        for (const i of initiatives) out.initiatives.push({ ...i, id: to(i.id), workspaceId, scorecardId, objectiveId });
        for (const { targets, measurements, benchmarks, referenceBenchmarkId, ...m } of measures) {
          const measureId = to(m.id);
          out.measures.push({ ...m, id: measureId, workspaceId, scorecardId, objectiveId, stageId: toNullable(m.stageId), referenceBenchmarkId: null });
          for (const t of targets) out.targets.push({ ...t, workspaceId, measureId });
          for (const v of measurements) out.measurements.push({ ...v, workspaceId, measureId });
          for (const b of benchmarks) out.benchmarks.push({ ...b, id: to(b.id), workspaceId, measureId });
          if (referenceBenchmarkId !== null) out.references.push({ measureId, benchmarkId: to(referenceBenchmarkId) });
        }
      }
    }
    for (const l of objectiveLinks) out.objectiveLinks.push({ workspaceId, scorecardId, causeId: to(l.causeId), effectId: to(l.effectId) });
  }

  // Each table's rows get creation times a millisecond apart, in file order, ending just before `now`.
  const stamp = (rows: { createdAt?: Date; updatedAt?: Date }[], updated: boolean) =>
    rows.forEach((r, i) => {
      r.createdAt = new Date(now.getTime() - (rows.length - i));
      if (updated) r.updatedAt = r.createdAt;
    });
  const edited: { createdAt?: Date; updatedAt?: Date }[][] = [out.personas, out.journeys, out.stages, out.touchpoints, out.canvases, out.notes];
  edited.push(out.scorecards, out.perspectives, out.objectives, out.initiatives, out.measures, out.benchmarks);
  for (const rows of edited) stamp(rows, true);
  for (const rows of [out.items, out.noteLinks, out.objectiveLinks] as { createdAt?: Date }[][]) stamp(rows, false);
  return out;
}
