import { roleEnum } from '@/db/schema/enums';

export const ROLES = roleEnum.enumValues;
export type Role = (typeof ROLES)[number];

/** Rank order: viewer < editor < admin < owner. */
export const roleRank: Record<Role, number> = { viewer: 0, editor: 1, admin: 2, owner: 3 };

export const roleLabels: Record<Role, string> = { viewer: 'Viewer', editor: 'Editor', admin: 'Admin', owner: 'Owner' };

/** What each role may do, in words, for role pickers (mirrors the permission table below). */
export const roleDescriptions: Record<Role, string> = {
  viewer: 'reads everything and exports',
  editor: 'also creates, edits and deletes content',
  admin: 'also invites and manages members, API tokens and share links',
  owner: 'also changes settings, transfers and deletes the workspace',
};

/** The one permission table (STYLE.md "Roles"): each permission names the lowest role that holds it. */
export const permissions = {
  'content.read': 'viewer',
  'members.read': 'viewer',
  'content.write': 'editor',
  'members.manage': 'admin',
  'invitations.manage': 'admin',
  'tokens.manage': 'admin',
  'shares.manage': 'admin',
  'activity.read': 'admin',
  // The whole workspace as one file (its content, not its members): admins, like the activity log.
  'workspace.export': 'admin',
  'workspace.manage': 'owner',
  'owners.manage': 'owner',
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof permissions;

export function atLeast(role: Role, min: Role) {
  return roleRank[role] >= roleRank[min];
}

export function can(role: Role | null | undefined, permission: Permission) {
  return !!role && atLeast(role, permissions[permission]);
}

/** Nobody grants a role above their own. */
export function canGrant(actor: Role, target: Role) {
  return roleRank[target] <= roleRank[actor];
}

/**
 * Whether `actor` may change or remove a member whose current role is `subject`:
 * admins act on non-owners, only owners act on owners.
 */
export function canActOn(actor: Role, subject: Role) {
  if (subject === 'owner') return actor === 'owner';
  return can(actor, 'members.manage');
}
