import { z } from 'zod';
import { defineRoute, page, pageQuery, slugParam, uuidParam } from '../spec';
import { roleSchema } from '@/lib/validations/workspace';
import { invitationPostBody } from '@/lib/validations/members';

export const invitationOut = z.object({
  id: z.uuid(),
  email: z.string(),
  role: roleSchema,
  status: z.enum(['pending', 'expired']),
  expiresAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  invitedByName: z.string().nullable(),
});

const params = z.object({ slug: slugParam });

export const listInvitationsRoute = defineRoute({
  id: 'listInvitations',
  method: 'GET',
  path: '/workspaces/{slug}/invitations',
  tag: 'Invitations',
  summary: 'List invitations not yet accepted or revoked (expired ones are marked expired), oldest first',
  permission: 'invitations.manage',
  params,
  query: pageQuery,
  response: page(invitationOut),
});

export const createInvitationRoute = defineRoute({
  id: 'createInvitation',
  method: 'POST',
  path: '/workspaces/{slug}/invitations',
  tag: 'Invitations',
  summary: 'Invite an email with a role (never above the caller’s); mails the link and returns it once',
  permission: 'invitations.manage',
  params,
  body: invitationPostBody,
  status: 201,
  response: invitationOut.extend({
    link: z.url().describe('The invitation link. Shown only in this answer; it is also emailed.'),
    mailed: z.boolean().describe('Whether the email went out; if not, pass the link on yourself.'),
  }),
});

export const revokeInvitationRoute = defineRoute({
  id: 'revokeInvitation',
  method: 'DELETE',
  path: '/workspaces/{slug}/invitations/{id}',
  tag: 'Invitations',
  summary: 'Revoke a pending invitation; its link stops working',
  permission: 'invitations.manage',
  params: z.object({ slug: slugParam, id: uuidParam }),
});

export const invitationSpecs = [listInvitationsRoute, createInvitationRoute, revokeInvitationRoute];
