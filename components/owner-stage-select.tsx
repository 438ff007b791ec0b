import * as React from 'react';
import { Select } from '@/components/ui/input';
import type { OwnerOption as MemberOption, StageOption } from '@/db/queries/scorecard-options';

/** Owner picker: "No owner" or a member of the workspace by name. */
export function OwnerSelect({ members, ...props }: React.ComponentProps<typeof Select> & { members: MemberOption[] }) {
  return (
    <Select {...props}>
      <option value="">No owner</option>
      {members.map((m) => (
        <option key={m.userId} value={m.userId}>
          {m.name}
        </option>
      ))}
    </Select>
  );
}

/** Aligned stage picker: "Not aligned" or a stage, grouped by journey. */
export function StageSelect({ stages, ...props }: React.ComponentProps<typeof Select> & { stages: StageOption[] }) {
  const journeys = [...new Map(stages.map((s) => [s.journeyId, s.journeyName])).entries()];
  return (
    <Select {...props}>
      <option value="">Not aligned</option>
      {journeys.map(([jid, jname]) => (
        <optgroup key={jid} label={jname}>
          {stages
            .filter((s) => s.journeyId === jid)
            .map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
        </optgroup>
      ))}
    </Select>
  );
}
