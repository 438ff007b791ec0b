import type { ScorecardView } from '@/lib/scorecards/view-types';

import type { OwnerOption, StageOption } from '@/db/queries/scorecard-options';

export type { StageOption };
export type MemberOption = OwnerOption;
export type PerspectiveOption = { id: string; label: string };
export type ObjectiveOption = { id: string; name: string; perspectiveLabel: string };

/** What every editing control on the scorecard page needs: where it is, who may edit, and the pickers' choices. */
export type ScorecardContext = {
  slug: string;
  scorecardId: string;
  canEdit: boolean;
  locale: string;
  currency: string;
  members: MemberOption[];
  stages: StageOption[];
  perspectives: PerspectiveOption[];
  objectives: ObjectiveOption[];
};

export type LinkView = ScorecardView['links'][number];
