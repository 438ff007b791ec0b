import { z } from 'zod';

const checkbox = z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean());
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const SHARE_PASSWORD_MIN = 8;

export const createShareLinkSchema = z.object({
  scorecardId: z.uuid('Not a scorecard of this workspace.'),
  label: z.string().trim().min(1, 'Enter a label, e.g. “Board Q3”.').max(80, 'Use at most 80 characters.'),
  // The last day the link works, in the workspace's time zone; checked against today in the action.
  expiresOn: z.preprocess(blankToUndefined, z.iso.date('Enter a date, or leave it empty for no expiry.').optional()),
  password: z.preprocess(
    blankToUndefined,
    z.string().min(SHARE_PASSWORD_MIN, `Use at least ${SHARE_PASSWORD_MIN} characters, or leave it empty for no password.`).max(200, 'Use at most 200 characters.').optional(),
  ),
  includeStrategyMap: checkbox,
  includeJourneys: checkbox,
});
export type CreateShareLinkInput = z.infer<typeof createShareLinkSchema>;

export const revokeShareLinkSchema = z.object({ id: z.uuid('Not a share link of this workspace.') });

export const unlockShareSchema = z.object({
  token: z.string().min(1).max(200),
  // Empty is answered by the action itself (it redirects back with a message), so the form needs no script.
  password: z.string().max(200),
});
