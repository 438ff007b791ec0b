import { requireWorkspace } from '@/lib/workspace';
import { can } from '@/lib/authz';
import { SettingsTabs } from './_components/settings-tabs';

export default async function SettingsLayout({ children, params }: { children: React.ReactNode; params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requireWorkspace(slug);
  const base = `/w/${ctx.workspace.slug}/settings`;
  const tabs = [
    { href: `${base}/general`, label: 'General' },
    { href: `${base}/members`, label: 'Members' },
  ];
  if (can(ctx.role, 'tokens.manage')) tabs.push({ href: `${base}/tokens`, label: 'API tokens' });
  if (can(ctx.role, 'workspace.export')) tabs.push({ href: `${base}/export`, label: 'Export' });
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">Settings</h1>
      <SettingsTabs tabs={tabs} />
      {children}
    </>
  );
}
