import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, foreignKey, index, integer, pgTable, type PgTableExtraConfigValue, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { benchmarkKindEnum } from './enums';
import { measures } from './measures';
import { workspaces } from './workspaces';

// External reference values for a measure (DOMAIN.md "Benchmarks"); a measure may name one as its reference
// (measures.reference_benchmark_id, cleared in the deleting transaction).
export const benchmarks = pgTable(
  'benchmarks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    measureId: uuid('measure_id').notNull(),
    kind: benchmarkKindEnum('kind').notNull(),
    // Competitor benchmarks only (required there, empty otherwise).
    competitorName: text('competitor_name').notNull().default(''),
    value: doublePrecision('value').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    // Optional label for the period the value covers, e.g. "2025" or "Q3 2025".
    periodLabel: text('period_label').notNull().default(''),
    source: text('source').notNull().default(''),
    sourceUrl: text('source_url').notNull().default(''),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t): PgTableExtraConfigValue[] => [
    unique('benchmarks_workspace_id_key').on(t.workspaceId, t.id),
    // Target of measures_reference_benchmark_fk: a measure's reference is one of its own benchmarks.
    unique('benchmarks_measure_id_key').on(t.workspaceId, t.measureId, t.id),
    index('benchmarks_measure_idx').on(t.workspaceId, t.measureId, t.asOf),
    foreignKey({ name: 'benchmarks_measure_fk', columns: [t.workspaceId, t.measureId], foreignColumns: [measures.workspaceId, measures.id] }).onDelete('cascade'),
    check('benchmarks_competitor_name', sql`(${t.kind} = 'competitor') = (${t.competitorName} <> '')`),
  ],
);

export type Benchmark = typeof benchmarks.$inferSelect;
