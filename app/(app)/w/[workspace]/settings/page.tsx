import { redirect } from 'next/navigation';
import { requireWorkspace } from '@/lib/workspace';

export default async function SettingsIndex({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requireWorkspace(slug);
  redirect(`/w/${ctx.workspace.slug}/settings/general`);
}
