import { z } from 'zod';
import { emailSchema } from './auth';
import { roleSchema } from './workspace';

const id = (what: string) => z.uuid(`Not a valid ${what} id.`);
const version = z.coerce.number({ error: 'Missing version.' }).int().min(1);

export const changeMemberRoleSchema = z.object({ memberId: id('member'), role: roleSchema, version });
export type ChangeMemberRoleInput = z.infer<typeof changeMemberRoleSchema>;

export const removeMemberSchema = z.object({ memberId: id('member') });

export const leaveWorkspaceSchema = z.object({});

export const inviteSchema = z.object({ email: emailSchema, role: roleSchema });
export type InviteInput = z.infer<typeof inviteSchema>;

export const invitationIdSchema = z.object({ invitationId: id('invitation') });

export const invitationTokenSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,128}$/, 'This invitation link is not valid.') });

// JSON API bodies: strict, so a misspelt field is an error rather than silently ignored.
export const memberPatchBody = z.object({ role: roleSchema, version: z.number().int().min(1) }).strict();
export const invitationPostBody = z.object({ email: emailSchema, role: roleSchema }).strict();
