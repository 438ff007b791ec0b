import { describe, expect, it } from 'vitest';
import { ROLES, can, canActOn, canGrant, permissions, type Permission, type Role } from '@/lib/authz';

// The permission table from STYLE.md, written out independently so a change to lib/authz.ts must be deliberate.
const expected: Record<Permission, Role[]> = {
  'content.read': ['viewer', 'editor', 'admin', 'owner'],
  'members.read': ['viewer', 'editor', 'admin', 'owner'],
  'content.write': ['editor', 'admin', 'owner'],
  'members.manage': ['admin', 'owner'],
  'invitations.manage': ['admin', 'owner'],
  'tokens.manage': ['admin', 'owner'],
  'shares.manage': ['admin', 'owner'],
  'activity.read': ['admin', 'owner'],
  'workspace.export': ['admin', 'owner'],
  'workspace.manage': ['owner'],
  'owners.manage': ['owner'],
};

describe('permission table', () => {
  it('covers every permission', () => {
    expect(Object.keys(permissions).sort()).toEqual(Object.keys(expected).sort());
  });
  for (const [perm, roles] of Object.entries(expected)) {
    for (const role of ROLES) {
      it(`${role} ${roles.includes(role) ? 'may' : 'may not'} ${perm}`, () => {
        expect(can(role, perm as Permission)).toBe(roles.includes(role));
      });
    }
  }
  it('refuses a missing role', () => {
    expect(can(null, 'content.read')).toBe(false);
  });
  it('never grants above the actor', () => {
    expect(canGrant('admin', 'owner')).toBe(false);
    expect(canGrant('admin', 'admin')).toBe(true);
    expect(canGrant('editor', 'admin')).toBe(false);
    expect(canGrant('owner', 'owner')).toBe(true);
  });
  it('only owners act on owners; admins act on the rest', () => {
    expect(canActOn('admin', 'owner')).toBe(false);
    expect(canActOn('owner', 'owner')).toBe(true);
    expect(canActOn('admin', 'editor')).toBe(true);
    expect(canActOn('editor', 'viewer')).toBe(false);
  });
});
