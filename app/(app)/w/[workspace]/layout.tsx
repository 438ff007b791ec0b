import { requireWorkspace } from '@/lib/workspace';
import { IconSprite } from '@/components/icon-sprite';
import { scorecardIcons } from '@/components/scorecard/icons';
import { can } from '@/lib/authz';
import { listUserWorkspaces } from '@/db/queries/workspaces';
import { Sidebar, type NavItem } from './_components/sidebar';
import { UserMenu } from '../_components/user-menu';

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requireWorkspace(slug);
  const user = ctx.user!;
  const workspaces = await listUserWorkspaces(user.id);
  const base = `/w/${ctx.workspace.slug}`;
  const items: NavItem[] = [
    { href: base, label: 'Overview', icon: 'overview' },
    { href: `${base}/journeys`, label: 'Journeys', icon: 'journeys' },
    { href: `${base}/personas`, label: 'Personas', icon: 'personas' },
    { href: `${base}/canvases`, label: 'Canvases', icon: 'canvases' },
    { href: `${base}/scorecards`, label: 'Scorecards', icon: 'scorecards' },
    { href: `${base}/kpis`, label: 'KPIs', icon: 'kpis' },
    { href: `${base}/benchmarks`, label: 'Benchmarks', icon: 'benchmarks' },
  ];
  if (can(ctx.role, 'activity.read')) items.push({ href: `${base}/activity`, label: 'Activity', icon: 'activity' });
  items.push({ href: `${base}/settings`, label: 'Settings', icon: 'settings' });
  return (
    <div className="min-h-screen lg:flex">
      <IconSprite icons={scorecardIcons} />
      <Sidebar
        slug={ctx.workspace.slug}
        workspaceName={ctx.workspace.name}
        workspaces={workspaces.map((w) => ({ slug: w.slug, name: w.name }))}
        items={items}
        userMenu={<UserMenu name={user.name} email={user.email} />}
      />
      <main className="min-w-0 flex-1 px-4 py-6 sm:px-8 sm:py-8">{children}</main>
    </div>
  );
}
