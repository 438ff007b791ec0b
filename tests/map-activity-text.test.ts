import { describe, expect, it } from 'vitest';
import { describeActivity } from '@/lib/activity-text';

describe('activity sentences for the map', () => {
  it('describes stage and touchpoint events in words', () => {
    const row = (action: string, targetLabel: string, data: Record<string, unknown> | null = null) => describeActivity({ action, targetType: 'x', targetLabel, data });
    expect(row('stage.deleted', 'Decision', { touchpoints: 2 })).toBe('deleted the stage “Decision” and its 2 touchpoints');
    expect(row('touchpoint.moved', 'Ad', { toStage: 'Retention' })).toBe('moved the touchpoint “Ad” to Retention');
    expect(row('stage.reordered', 'Onboarding')).toBe('reordered the stages of “Onboarding”');
  });
});
