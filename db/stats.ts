// Counts SQL statements sent by this process; `npm run bench` reads it to report statements per request.
const g = globalThis as unknown as { __wayfinderSqlCount?: number };

export function countStatement() {
  g.__wayfinderSqlCount = (g.__wayfinderSqlCount ?? 0) + 1;
}

export function statementCount() {
  return g.__wayfinderSqlCount ?? 0;
}
