'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import * as React from 'react';
import { Activity, ChartLine, Check, ChevronsUpDown, Compass, Gauge, LayoutDashboard, LayoutGrid, Menu, Plus, Route, Settings, Trophy, UserRound, X } from 'lucide-react';
import { DropdownContent, DropdownItem, DropdownLabel, DropdownMenu, DropdownSeparator, DropdownTrigger } from '@/components/ui/dropdown';
import { cn } from '@/lib/utils';

export type NavItem = { href: string; label: string; icon: 'overview' | 'journeys' | 'personas' | 'canvases' | 'scorecards' | 'kpis' | 'benchmarks' | 'activity' | 'settings' };

const icons = { overview: LayoutDashboard, journeys: Route, personas: UserRound, canvases: LayoutGrid, scorecards: Gauge, kpis: ChartLine, benchmarks: Trophy, activity: Activity, settings: Settings };

type Props = {
  slug: string;
  workspaceName: string;
  workspaces: { slug: string; name: string }[];
  items: NavItem[];
  userMenu: React.ReactNode;
};

function WorkspaceSwitcher({ slug, workspaceName, workspaces }: Pick<Props, 'slug' | 'workspaceName' | 'workspaces'>) {
  return (
    <DropdownMenu>
      <DropdownTrigger className="flex w-full items-center justify-between gap-2 rounded-md border border-line bg-surface px-3 py-2 text-left text-sm hover:bg-canvas">
        <span className="min-w-0">
          <span className="block text-xs text-muted">Workspace</span>
          <span className="block truncate font-medium">{workspaceName}</span>
        </span>
        <ChevronsUpDown className="h-4 w-4 shrink-0 text-muted" aria-hidden />
      </DropdownTrigger>
      <DropdownContent className="w-60">
        <DropdownLabel>Switch workspace</DropdownLabel>
        {workspaces.map((w) => (
          <DropdownItem key={w.slug} asChild>
            <Link href={`/w/${w.slug}`}>
              <Check className={cn('h-4 w-4', w.slug === slug ? 'opacity-100' : 'opacity-0')} aria-hidden />
              <span className="truncate">{w.name}</span>
            </Link>
          </DropdownItem>
        ))}
        <DropdownSeparator />
        <DropdownItem asChild>
          <Link href="/w">
            <Plus className="h-4 w-4" aria-hidden /> New workspace
          </Link>
        </DropdownItem>
      </DropdownContent>
    </DropdownMenu>
  );
}

function NavLinks({ items, onNavigate }: { items: NavItem[]; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <ul className="space-y-0.5">
      {items.map((item) => {
        const Icon = icons[item.icon];
        const active = item.icon === 'overview' ? pathname === item.href : pathname === item.href || pathname.startsWith(item.href + '/');
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              onClick={onNavigate}
              aria-current={active ? 'page' : undefined}
              className={cn(
                'flex items-center gap-2.5 rounded-md px-3 py-2 text-sm',
                active ? 'bg-brand-50 font-medium text-brand-700' : 'text-ink hover:bg-canvas',
              )}
            >
              <Icon className="h-4 w-4" aria-hidden />
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** The app shell's sidebar; on a phone it collapses to a top bar with a menu button. */
export function Sidebar(props: Props) {
  const [open, setOpen] = React.useState(false);
  const pathname = usePathname();
  React.useEffect(() => setOpen(false), [pathname]);
  const body = (
    <>
      <WorkspaceSwitcher slug={props.slug} workspaceName={props.workspaceName} workspaces={props.workspaces} />
      <nav aria-label="Workspace" className="mt-4">
        <NavLinks items={props.items} onNavigate={() => setOpen(false)} />
      </nav>
    </>
  );
  return (
    <>
      <div className="no-print flex items-center justify-between border-b border-line bg-surface px-4 py-2 lg:hidden">
        <button
          type="button"
          className="rounded-md p-2 hover:bg-canvas"
          aria-label={open ? 'Close menu' : 'Open menu'}
          aria-expanded={open}
          aria-controls="mobile-nav"
          onClick={() => setOpen((o) => !o)}
        >
          {open ? <X className="h-5 w-5" aria-hidden /> : <Menu className="h-5 w-5" aria-hidden />}
        </button>
        <Link href={`/w/${props.slug}`} className="flex items-center gap-2 text-brand-700">
          <Compass className="h-5 w-5" aria-hidden />
          <span className="font-semibold">Wayfinder</span>
        </Link>
        {props.userMenu}
      </div>
      {open && (
        <div id="mobile-nav" className="no-print border-b border-line bg-surface p-4 lg:hidden">
          {body}
        </div>
      )}
      <aside className="no-print hidden w-64 shrink-0 flex-col border-r border-line bg-surface p-4 lg:flex">
        <div className="mb-5 flex items-center justify-between">
          <Link href={`/w/${props.slug}`} className="flex items-center gap-2 text-brand-700">
            <Compass className="h-5 w-5" aria-hidden />
            <span className="font-semibold">Wayfinder</span>
          </Link>
          {props.userMenu}
        </div>
        {body}
      </aside>
    </>
  );
}
