import { requireWorkspace } from '@/lib/workspace';

/**
 * The activity log's role gate, in a layout so that it runs before the loading skeleton's 200 shell is sent: a role
 * too low gets a real 403, not one streamed inside a 200 (the page checks again; requireWorkspace is per request).
 */
export default async function ActivityLayout({ children, params }: { children: React.ReactNode; params: Promise<{ workspace: string }> }) {
  await requireWorkspace((await params).workspace, 'activity.read');
  return children;
}
