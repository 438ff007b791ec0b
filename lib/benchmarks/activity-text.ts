// Plain words for benchmark events in the activity log (lib/activity-text.ts falls back here).

/** The phrase for a benchmark.* activity, or undefined for any other action. */
export function describeBenchmarkActivity(a: { action: string; targetLabel: string | null; data: Record<string, unknown> | null }): string | undefined {
  const d = a.data ?? {};
  const what = `“${a.targetLabel ?? 'untitled'}”`;
  const b = typeof d.benchmark === 'string' ? `the benchmark “${d.benchmark}”` : 'a benchmark';
  switch (a.action) {
    case 'benchmark.created':
      return `added ${b} to ${what}`;
    case 'benchmark.updated':
      return `edited ${b} of ${what}`;
    case 'benchmark.deleted':
      return `deleted ${b} of ${what}`;
    case 'benchmark.reference_set':
      return typeof d.benchmark === 'string' ? `made “${d.benchmark}” the reference of ${what}` : `cleared the reference benchmark of ${what}`;
    case 'benchmarks.imported':
      return `imported benchmarks into ${what} (${d.created ?? 0} created, ${d.updated ?? 0} updated, ${d.unchanged ?? 0} unchanged)`;
    default:
      return undefined;
  }
}
