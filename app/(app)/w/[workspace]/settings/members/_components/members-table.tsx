'use client';

import * as React from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { dataColumns, type DataColumn } from '@/components/data-table/features';
import { Badge } from '@/components/ui/badge';
import { ROLES, can, canActOn, canGrant, roleLabels, roleRank, type Role } from '@/lib/authz';
import { ChangeRoleDialog, RemoveMemberButton } from './member-actions';
import type { MemberRow, Viewer } from './types';

const col = dataColumns<MemberRow>();

function columnsFor(viewer: Viewer, lastOwnerId: string | null): DataColumn<MemberRow>[] {
  const date = new Intl.DateTimeFormat(viewer.locale, { dateStyle: 'medium', timeZone: viewer.timeZone });
  const grantable = ROLES.filter((r) => canGrant(viewer.role, r));
  const columns: DataColumn<MemberRow>[] = [
    col.accessor('name', {
      header: 'Name',
      sortFn: 'text',
      cell: ({ row }) => (
        <div className="min-w-0 max-w-[9rem] sm:max-w-none">
          <span className="font-medium">{row.original.name}</span>
          {row.original.userId === viewer.userId && (
            <Badge tone="brand" className="ml-2">
              You
            </Badge>
          )}
          <span className="block truncate text-xs text-muted md:hidden">{row.original.email}</span>
        </div>
      ),
    }),
    col.accessor('email', { header: 'Email', sortFn: 'text', meta: { className: 'hidden md:table-cell' } }),
    col.accessor('role', {
      header: 'Role',
      sortFn: (a, b, id) => roleRank[a.getValue<Role>(id)] - roleRank[b.getValue<Role>(id)],
      filterFn: 'equalsString',
      cell: ({ row }) => <Badge tone={row.original.role === 'owner' ? 'brand' : 'neutral'}>{roleLabels[row.original.role]}</Badge>,
    }),
    col.accessor('joinedAt', {
      header: 'Joined',
      sortFn: 'datetime',
      meta: { className: 'hidden sm:table-cell whitespace-nowrap' },
      cell: ({ row }) => <time dateTime={row.original.joinedAt.toISOString()}>{date.format(row.original.joinedAt)}</time>,
    }),
  ];
  if (can(viewer.role, 'members.manage')) {
    columns.push(
      col.display({
        id: 'actions',
        header: () => <span className="sr-only">Actions</span>,
        meta: { className: 'text-right' },
        cell: ({ row }) => {
          const m = row.original;
          if (!canActOn(viewer.role, m.role)) return <span className="hidden text-xs text-muted sm:inline">Only owners act on owners</span>;
          if (m.id === lastOwnerId) return <span className="hidden text-xs text-muted sm:inline">The only owner</span>;
          return (
            <div className="flex justify-end gap-1 sm:gap-2">
              <ChangeRoleDialog slug={viewer.slug} member={m} grantable={grantable} />
              {m.userId !== viewer.userId && <RemoveMemberButton slug={viewer.slug} member={m} />}
            </div>
          );
        },
      }),
    );
  }
  return columns;
}

const rowId = (m: MemberRow) => m.id;
const roleOptions = ROLES.map((r) => ({ value: r, label: roleLabels[r] }));

/** Everyone sees the members (sortable, filterable); management controls appear only where the role allows. */
export function MembersTable({ members, viewer }: { members: MemberRow[]; viewer: Viewer }) {
  // Keyed on values, not on the object: a refresh hands over a new object, and new column
  // definitions would remount every cell (closing an open dialog in it).
  const { userId, role, slug, locale, timeZone } = viewer;
  const owners = members.filter((m) => m.role === 'owner');
  const lastOwnerId = owners.length === 1 ? owners[0].id : null;
  const columns = React.useMemo(
    () => columnsFor({ userId, role, slug, locale, timeZone }, lastOwnerId),
    [userId, role, slug, locale, timeZone, lastOwnerId],
  );
  return (
    <DataTable
      columns={columns}
      data={members}
      getRowId={rowId}
      caption="Members of this workspace"
      searchLabel="Search members"
      filters={[{ columnId: 'role', label: 'Role', allLabel: 'All roles', options: roleOptions }]}
      initialSorting={[{ id: 'name', desc: false }]}
      noun={{ one: 'member', other: 'members' }}
    />
  );
}
