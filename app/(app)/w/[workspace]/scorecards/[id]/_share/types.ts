/** A live share link as the admin's dialog shows it (dates as ISO strings: it crosses to the client). */
export type ShareLinkItem = {
  id: string;
  label: string;
  createdAt: string;
  expiresAt: string | null;
  expired: boolean;
  hasPassword: boolean;
  includeStrategyMap: boolean;
  includeJourneys: boolean;
  viewCount: number;
  lastViewedAt: string | null;
  createdByName: string | null;
};

export type ShareDialogProps = { workspace: string; scorecard: { id: string; name: string }; links: ShareLinkItem[]; locale: string; timeZone: string };
