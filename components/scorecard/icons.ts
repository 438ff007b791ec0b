import { ArrowDownRight, ArrowRight, ArrowUpRight, CircleCheck, CircleDashed, CircleX, Minus, TriangleAlert } from 'lucide-react';

// Status and trend icons repeat hundreds of times on a large scorecard: the workspace layout draws them once
// (IconSprite) and StatusBadge / TrendIndicator reference them.
export const scorecardIcons = {
  'status-green': CircleCheck,
  'status-amber': TriangleAlert,
  'status-red': CircleX,
  'status-grey': CircleDashed,
  'trend-up': ArrowUpRight,
  'trend-down': ArrowDownRight,
  'trend-flat': ArrowRight,
  'trend-none': Minus,
};
