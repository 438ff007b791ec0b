import { requireWorkspace } from '@/lib/workspace';
import { can } from '@/lib/authz';
import { listMembers } from '@/db/queries/workspaces';
import { currencyGroups, localeOptions, monthOptions, timeZoneGroups } from '@/lib/locale-options';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { SettingsForm } from './_components/settings-form';
import { SettingsSummary } from './_components/settings-summary';
import { TransferOwnership } from './_components/transfer-ownership';
import { DeleteWorkspace } from './_components/delete-workspace';
import { toValues } from './_components/types';

export const metadata = { title: 'General settings' };

export default async function GeneralSettingsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requireWorkspace(slug);
  const w = ctx.workspace;

  if (!can(ctx.role, 'workspace.manage')) {
    return (
      <Card className="max-w-3xl">
        <CardHeader title="General" description="How this workspace is named and how it shows dates, money and numbers." />
        <CardBody>
          <SettingsSummary workspace={w} />
        </CardBody>
      </Card>
    );
  }

  const members = await listMembers(w.id);
  const candidates = members
    .filter((m) => m.userId !== ctx.user?.id && m.role !== 'owner')
    .map((m) => ({ id: m.id, name: m.name, email: m.email, role: m.role }));
  const options = {
    timeZones: timeZoneGroups(w.timeZone),
    currencies: currencyGroups(w.currency),
    locales: localeOptions(w.locale),
    months: monthOptions(),
  };

  return (
    <div className="max-w-3xl space-y-6">
      <Card>
        <CardHeader title="General" description="How this workspace is named and how it shows dates, money and numbers." />
        <CardBody>
          <SettingsForm key={w.id} workspace={toValues(w)} version={w.version} options={options} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Transfer ownership" description="Make another member the owner. You stay in the workspace as an admin." />
        <CardBody>
          <TransferOwnership slug={w.slug} candidates={candidates} />
        </CardBody>
      </Card>
      <Card className="border-danger/40">
        <CardHeader title="Danger zone" description="Deleting the workspace removes it for every member, with everything in it." />
        <CardBody>
          <DeleteWorkspace slug={w.slug} name={w.name} />
        </CardBody>
      </Card>
    </div>
  );
}
