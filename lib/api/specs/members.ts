import { z } from 'zod';
import { defineRoute, page, pageQuery, slugParam, uuidParam } from '../spec';
import { roleSchema } from '@/lib/validations/workspace';
import { memberPatchBody } from '@/lib/validations/members';

export const memberOut = z.object({
  id: z.uuid().describe('The membership id (use it in /members/{id}).'),
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  version: z.number().int().describe('Send it back with PATCH; a stale version answers 409.'),
  joinedAt: z.iso.datetime(),
});

const params = z.object({ slug: slugParam });
const memberParams = z.object({ slug: slugParam, id: uuidParam });

export const listMembersRoute = defineRoute({
  id: 'listMembers',
  method: 'GET',
  path: '/workspaces/{slug}/members',
  tag: 'Members',
  summary: 'List the workspace’s members, oldest first',
  permission: 'members.read',
  params,
  query: pageQuery,
  response: page(memberOut),
});

export const updateMemberRoute = defineRoute({
  id: 'updateMember',
  method: 'PATCH',
  path: '/workspaces/{slug}/members/{id}',
  tag: 'Members',
  summary: 'Change a member’s role (never above the caller’s; only owners act on owners; the last owner stays)',
  permission: 'members.manage',
  params: memberParams,
  body: memberPatchBody,
  response: memberOut,
});

export const removeMemberRoute = defineRoute({
  id: 'removeMember',
  method: 'DELETE',
  path: '/workspaces/{slug}/members/{id}',
  tag: 'Members',
  summary: 'Remove a member (only owners remove owners; the last owner stays)',
  permission: 'members.manage',
  params: memberParams,
});

export const memberSpecs = [listMembersRoute, updateMemberRoute, removeMemberRoute];
