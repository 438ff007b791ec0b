import { isPeriodStart, isValidTimeZone } from '@/lib/periods';
import type { WorkspaceDocument } from './schema';

export type Problem = { path: string; message: string };

/**
 * The rules zod cannot see row by row: every id unique in the file, every reference pointing at a row of the
 * right kind in the file (a scorecard's links and a measure's reference stay inside their parent), and the
 * database's uniqueness rules (perspective kinds, measure names, periods). Answers the problems, first 50.
 */
export function checkReferences(doc: WorkspaceDocument): Problem[] {
  const problems: Problem[] = [];
  const add = (path: (string | number)[], message: string) => {
    if (problems.length < 50) problems.push({ path: path.join('.'), message });
  };
  const seen = new Set<string>();
  const key = (id: string, path: (string | number)[]) => {
    if (seen.has(id)) add([...path, 'id'], 'This id appears twice in the file.');
    seen.add(id);
  };
  const need = (set: Set<string>, id: string | null, path: (string | number)[], what: string) => {
    if (id !== null && !set.has(id)) add(path, `No ${what} with this id in the file.`);
  };

  if (!isValidTimeZone(doc.workspace.timeZone)) add(['workspace', 'timeZone'], 'Not a known time zone.');

  const personas = new Set<string>();
  doc.personas.forEach((p, i) => (key(p.id, ['personas', i]), personas.add(p.id)));
  const stages = new Set<string>();
  const touchpoints = new Set<string>();
  const items = new Set<string>();
  doc.journeys.forEach((j, ji) => {
    const at = ['journeys', ji];
    key(j.id, at);
    need(personas, j.personaId, [...at, 'personaId'], 'persona');
    j.stages.forEach((s, si) => {
      key(s.id, [...at, 'stages', si]);
      stages.add(s.id);
      s.touchpoints.forEach((t, ti) => {
        key(t.id, [...at, 'stages', si, 'touchpoints', ti]);
        touchpoints.add(t.id);
        t.items.forEach((it, ii) => (key(it.id, [...at, 'stages', si, 'touchpoints', ti, 'items', ii]), items.add(it.id)));
      });
    });
  });

  const notes = new Set<string>();
  doc.canvases.forEach((c, ci) => {
    key(c.id, ['canvases', ci]);
    c.notes.forEach((n, ni) => (key(n.id, ['canvases', ci, 'notes', ni]), notes.add(n.id)));
  });
  doc.canvases.forEach((c, ci) =>
    c.notes.forEach((n, ni) => {
      const at = ['canvases', ci, 'notes', ni];
      need(notes, n.originId, [...at, 'originId'], 'note');
      const targets = new Set<string>();
      n.links.forEach((l, li) => {
        need(touchpoints, l.touchpointId, [...at, 'links', li, 'touchpointId'], 'touchpoint');
        need(personas, l.personaId, [...at, 'links', li, 'personaId'], 'persona');
        need(items, l.touchpointItemId, [...at, 'links', li, 'touchpointItemId'], 'pain point or opportunity');
        const target = (l.touchpointId ?? l.personaId ?? l.touchpointItemId)!;
        if (targets.has(target)) add([...at, 'links', li], 'The note links to this twice.');
        targets.add(target);
      });
    }),
  );

  doc.scorecards.forEach((sc, si) => {
    const at = ['scorecards', si];
    key(sc.id, at);
    const kinds = new Set<string>();
    const objectives = new Set<string>();
    const names = new Set<string>();
    sc.perspectives.forEach((p, pi) => {
      const pat = [...at, 'perspectives', pi];
      key(p.id, pat);
      if (kinds.has(p.kind)) add([...pat, 'kind'], 'Each perspective kind appears once per scorecard.');
      kinds.add(p.kind);
      p.objectives.forEach((o, oi) => {
        const oat = [...pat, 'objectives', oi];
        key(o.id, oat);
        objectives.add(o.id);
        need(stages, o.stageId, [...oat, 'stageId'], 'stage');
        o.initiatives.forEach((x, xi) => key(x.id, [...oat, 'initiatives', xi]));
        o.measures.forEach((m, mi) => {
          const mat = [...oat, 'measures', mi];
          key(m.id, mat);
          if (names.has(m.name.toLowerCase())) add([...mat, 'name'], 'Two measures of this scorecard have this name.');
          names.add(m.name.toLowerCase());
          need(stages, m.stageId, [...mat, 'stageId'], 'stage');
          const benchmarks = new Set<string>();
          m.benchmarks.forEach((b, bi) => (key(b.id, [...mat, 'benchmarks', bi]), benchmarks.add(b.id)));
          need(benchmarks, m.referenceBenchmarkId, [...mat, 'referenceBenchmarkId'], 'benchmark of this measure');
          const froms = new Set<string>();
          m.targets.forEach((t, ti) => {
            if (froms.has(t.fromPeriod)) add([...mat, 'targets', ti, 'fromPeriod'], 'Two targets start in this period.');
            froms.add(t.fromPeriod);
            if (!isPeriodStart(t.fromPeriod, m.frequency)) add([...mat, 'targets', ti, 'fromPeriod'], `Not the first day of a ${m.frequency} period.`);
            if ((m.direction === 'range') !== (t.target === null)) add([...mat, 'targets', ti], 'A range measure has targetLo/targetHi; others have target.');
          });
          const periods = new Set<string>();
          m.measurements.forEach((v, vi) => {
            if (periods.has(v.period)) add([...mat, 'measurements', vi, 'period'], 'Two values for this period.');
            periods.add(v.period);
            if (!isPeriodStart(v.period, m.frequency)) add([...mat, 'measurements', vi, 'period'], `Not the first day of a ${m.frequency} period.`);
          });
        });
      });
    });
    const pairs = new Set<string>();
    sc.objectiveLinks.forEach((l, li) => {
      need(objectives, l.causeId, [...at, 'objectiveLinks', li, 'causeId'], 'objective of this scorecard');
      need(objectives, l.effectId, [...at, 'objectiveLinks', li, 'effectId'], 'objective of this scorecard');
      if (l.causeId === l.effectId) add([...at, 'objectiveLinks', li], 'An objective cannot cause itself.');
      if (pairs.has(`${l.causeId} ${l.effectId}`)) add([...at, 'objectiveLinks', li], 'This link appears twice.');
      pairs.add(`${l.causeId} ${l.effectId}`);
    });
  });
  return problems;
}
