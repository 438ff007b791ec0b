// The import half of `npm run bench`: times a 20,000-row CSV import through the real route (upload, parse,
// validate, one transaction) against a running server, then the same file again (all unchanged). For
// bench.mjs to call with the bench workspace's slug, an editor API token and its scorecard; standalone:
//   node scripts/bench-import.mjs <baseUrl> <slug> <token> <scorecardId>
const LABELS = {
  weekly: (i, y) => `${y + Math.floor(i / 52)}-W${String((i % 52) + 1).padStart(2, '0')}`,
  monthly: (i, y) => `${y + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
  quarterly: (i, y) => `${y - 100 + Math.floor(i / 4)}-Q${(i % 4) + 1}`,
};

async function listMeasures(baseUrl, slug, token, scorecardId) {
  const out = [];
  let cursor = '';
  do {
    const url = `${baseUrl}/api/v1/workspaces/${slug}/scorecards/${scorecardId}/measures?limit=200${cursor ? `&cursor=${cursor}` : ''}`;
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`GET measures answered ${res.status}`);
    const page = await res.json();
    out.push(...page.data);
    cursor = page.nextCursor ?? '';
  } while (cursor);
  return out;
}

/** A CSV of `rows` values spread over the scorecard's measures (periods far in the past, so no seeded value is hit). */
export function benchCsv(measures, rows = 20_000, startYear = 2000) {
  const per = Math.ceil(rows / measures.length);
  const lines = ['measure,period,value,note'];
  for (const m of measures) for (let i = 0; i < per && lines.length <= rows; i++) lines.push(`${m.id},${LABELS[m.frequency](i, startYear)},${(i * 1.25).toFixed(2)},bench`);
  return lines.join('\n') + '\n';
}

/** Imports the CSV twice; answers the two timings (ms) and the server's counts. `measures` ({ id, frequency }[]) skips the API listing. */
export async function benchImport(baseUrl, { slug, token, scorecardId, rows = 20_000, startYear = 2000, measures: given }) {
  const measures = given ?? (await listMeasures(baseUrl, slug, token, scorecardId));
  if (measures.length === 0) throw new Error('The scorecard has no measures.');
  const csv = benchCsv(measures, rows, startYear);
  const post = async () => {
    const started = performance.now();
    const res = await fetch(`${baseUrl}/api/v1/workspaces/${slug}/scorecards/${scorecardId}/measurement-imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: csv,
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`import answered ${res.status}: ${JSON.stringify(json).slice(0, 300)}`);
    return { ms: performance.now() - started, counts: json };
  };
  const first = await post();
  const again = await post();
  return { rows: csv.split('\n').length - 2, bytes: Buffer.byteLength(csv), first, again };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [baseUrl, slug, token, scorecardId] = process.argv.slice(2);
  if (!scorecardId) {
    console.error('usage: node scripts/bench-import.mjs <baseUrl> <slug> <token> <scorecardId>');
    process.exit(2);
  }
  const r = await benchImport(baseUrl, { slug, token, scorecardId });
  console.log(`import ${r.rows} rows (${(r.bytes / 1024).toFixed(0)} kB): ${r.first.ms.toFixed(0)} ms ${JSON.stringify(r.first.counts)}; again: ${r.again.ms.toFixed(0)} ms ${JSON.stringify(r.again.counts)}`);
}
