import { boolean, foreignKey, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { scorecards } from './scorecards';
import { users } from './users';
import { workspaces } from './workspaces';

// A read-only link to one scorecard for people without an account. The token (≥128 random bits) is shown once
// and only its SHA-256 hex is kept. Deleting the scorecard deletes its links (composite FK, cascade).
export const shareLinks = pgTable(
  'share_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    scorecardId: uuid('scorecard_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    label: text('label').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    // argon2id of the optional password; the unlock cookie is an HMAC over it, so changing it locks visitors out.
    passwordHash: text('password_hash'),
    includeStrategyMap: boolean('include_strategy_map').notNull().default(false),
    includeJourneys: boolean('include_journeys').notNull().default(false),
    viewCount: integer('view_count').notNull().default(0),
    lastViewedAt: timestamp('last_viewed_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('share_links_token_hash_key').on(t.tokenHash),
    index('share_links_scorecard_idx').on(t.workspaceId, t.scorecardId),
    foreignKey({ name: 'share_links_scorecard_fk', columns: [t.workspaceId, t.scorecardId], foreignColumns: [scorecards.workspaceId, scorecards.id] }).onDelete('cascade'),
  ],
);

export type ShareLink = typeof shareLinks.$inferSelect;
