'use client';

import * as React from 'react';
import Link from 'next/link';
import { DataTable } from '@/components/data-table/data-table';
import { dataColumns, type DataColumn } from '@/components/data-table/features';
import { JourneyMenu } from './journey-menu';
import { JourneyStatusBadge, PersonaLabel } from './journey-badges';
import type { JourneyRow, PersonaOption } from './types';

const col = dataColumns<JourneyRow>();
const NO_PERSONA = 'No persona';

type Viewer = { slug: string; canEdit: boolean; locale: string; timeZone: string };

function columnsFor(v: Viewer, personas: PersonaOption[]): DataColumn<JourneyRow>[] {
  const date = new Intl.DateTimeFormat(v.locale, { dateStyle: 'medium', timeZone: v.timeZone });
  const columns: DataColumn<JourneyRow>[] = [
    col.accessor('name', {
      header: 'Name',
      sortFn: 'text',
      cell: ({ row }) => (
        <div className="min-w-0 max-w-[14rem] sm:max-w-md">
          <Link href={`/w/${v.slug}/journeys/${row.original.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {row.original.name}
          </Link>
          {row.original.description && <span className="block truncate text-xs text-muted">{row.original.description}</span>}
        </div>
      ),
    }),
    col.accessor((r) => r.personaName ?? NO_PERSONA, {
      id: 'persona',
      header: 'Persona',
      sortFn: 'text',
      filterFn: 'equalsString',
      meta: { className: 'hidden md:table-cell' },
      cell: ({ row }) =>
        row.original.personaName ? <PersonaLabel name={row.original.personaName} color={row.original.personaColor} /> : <span className="text-muted">—</span>,
    }),
    col.accessor('stageCount', { header: 'Stages', sortFn: 'basic', meta: { numeric: true, className: 'hidden sm:table-cell' } }),
    col.accessor('touchpointCount', { header: 'Touchpoints', sortFn: 'basic', meta: { numeric: true, className: 'hidden sm:table-cell' } }),
    col.accessor('status', {
      header: 'Status',
      sortFn: 'text',
      filterFn: 'equalsString',
      cell: ({ row }) => <JourneyStatusBadge status={row.original.status} />,
    }),
    col.accessor('updatedAt', {
      header: 'Updated',
      sortFn: 'datetime',
      enableGlobalFilter: false,
      meta: { className: 'hidden lg:table-cell whitespace-nowrap' },
      cell: ({ row }) => <time dateTime={row.original.updatedAt.toISOString()}>{date.format(row.original.updatedAt)}</time>,
    }),
  ];
  if (v.canEdit) {
    columns.push(
      col.display({
        id: 'actions',
        header: () => <span className="sr-only">Actions</span>,
        meta: { className: 'text-right' },
        cell: ({ row }) => <JourneyMenu slug={v.slug} journey={row.original} personas={personas} canEdit />,
      }),
    );
  }
  return columns;
}

const rowId = (r: JourneyRow) => r.id;
const statusOptions = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
];

/** The workspace's journeys: sortable, searchable, filtered by persona and status; editors get a menu per row. */
export function JourneysTable({ journeys, personas, viewer }: { journeys: JourneyRow[]; personas: PersonaOption[]; viewer: Viewer }) {
  const { slug, canEdit, locale, timeZone } = viewer;
  const personaKey = personas.map((p) => `${p.id}:${p.name}`).join('|');
  // Keyed on values: new column definitions would remount every cell (closing an open dialog).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const columns = React.useMemo(() => columnsFor({ slug, canEdit, locale, timeZone }, personas), [slug, canEdit, locale, timeZone, personaKey]);
  const personaOptions = [...personas.map((p) => ({ value: p.name, label: p.name })), { value: NO_PERSONA, label: NO_PERSONA }];
  return (
    <DataTable
      columns={columns}
      data={journeys}
      getRowId={rowId}
      caption="Journeys of this workspace"
      searchLabel="Search journeys"
      filters={[
        { columnId: 'persona', label: 'Persona', allLabel: 'All personas', options: personaOptions },
        { columnId: 'status', label: 'Status', allLabel: 'All statuses', options: statusOptions },
      ]}
      initialSorting={[{ id: 'updatedAt', desc: true }]}
      noun={{ one: 'journey', other: 'journeys' }}
    />
  );
}
