import { ArrowDownRight, ArrowRight, ArrowUpRight, CircleCheck, CircleDashed, CircleX, Link2, Minus, MoreHorizontal, Plus, TriangleAlert } from 'lucide-react';

// Status and trend icons repeat hundreds of times on a large scorecard, and each objective repeats its controls'
// icons: the workspace layout draws them once (IconSprite) and StatusBadge, TrendIndicator and the objective
// controls reference them (SpriteIcon).
export const scorecardIcons = {
  'status-green': CircleCheck,
  'status-amber': TriangleAlert,
  'status-red': CircleX,
  'status-grey': CircleDashed,
  'trend-up': ArrowUpRight,
  'trend-down': ArrowDownRight,
  'trend-flat': ArrowRight,
  'trend-none': Minus,
  more: MoreHorizontal,
  plus: Plus,
  link: Link2,
};
