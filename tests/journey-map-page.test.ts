import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '@/db/schema';
import { useTestDatabase } from './support/db';
import { makeJourneyTeam } from './support/journey-fixtures';

const session = vi.hoisted(() => ({ user: null as User | null }));
vi.mock('@/lib/session', async () => (await import('./support/journey-fixtures')).sessionMock(session));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/navigation', async (orig) => ({ ...(await orig<typeof import('next/navigation')>()), useRouter: () => ({ refresh: vi.fn(), push: vi.fn(), replace: vi.fn() }) }));

const A = await import('@/app/(app)/w/[workspace]/journeys/[id]/actions');
const { default: JourneyMapPage } = await import('@/app/(app)/w/[workspace]/journeys/[id]/page');
const { renderToStaticMarkup } = await import('react-dom/server');

const t = useTestDatabase();
let team: Awaited<ReturnType<typeof makeJourneyTeam>>;
beforeEach(async () => {
  team = await makeJourneyTeam(t.db);
  session.user = team.editor;
  const base = { workspace: team.workspace.slug, journeyId: team.journey.id };
  await A.createTouchpointAction(null, { ...base, stageId: team.stages[0].id, name: 'Banner ad', emotion: '2', isMomentOfTruth: true, momentPolarity: 'negative', reactiveStrategy: 'Apologise fast' });
  await A.createTouchpointAction(null, { ...base, stageId: team.stages[0].id, name: 'Blog post', emotion: '1', channel: 'email', painPoints: [{ text: 'Too long' }] });
});

const render = async (search: Record<string, string> = {}) =>
  renderToStaticMarkup(await JourneyMapPage({ params: Promise.resolve({ workspace: team.workspace.slug, id: team.journey.id }), searchParams: Promise.resolve(search) }));

describe('the journey map page', () => {
  it('gives editors the edit controls', async () => {
    const html = await render();
    for (const text of ['Add stage', 'Drag stage Awareness', 'Stage actions for Awareness', 'Drag touchpoint Banner ad', 'Touchpoint actions for Banner ad', 'Add touchpoint to Retention']) expect(html).toContain(text);
  });

  it('shows viewers everything read-only, with no edit controls', async () => {
    session.user = team.viewer;
    const html = await render();
    for (const text of ['Onboarding', 'Awareness', 'Banner ad', 'Too long', 'Apologise fast', 'Awareness: mean +1.5 (2 touchpoints)', 'Consideration: no emotion recorded', 'Measures aligned to this stage will show here once the scorecard exists'])
      expect(html).toContain(text);
    for (const text of ['Add stage', 'Drag ', 'Stage actions', 'Touchpoint actions', 'Add touchpoint']) expect(html).not.toContain(text);
  });

  it('filters by moment of truth, negative emotion and channel (the curve keeps every touchpoint)', async () => {
    const mot = await render({ mot: '1' });
    expect(mot).toContain('Banner ad');
    expect(mot).toContain('aria-label="Banner ad"');
    expect(mot).not.toContain('aria-label="Blog post"');
    expect(mot).not.toContain('Too long');
    const email = await render({ channel: 'email' });
    expect(email).toContain('Too long');
    expect(email).toContain('Awareness: mean +1.5 (2 touchpoints)');
    const negative = await render({ negative: '1' });
    expect(negative).toContain('No touchpoints match the filters.');
  });

  it('answers 404 for another workspace’s journey', async () => {
    const other = await makeJourneyTeam(t.db);
    await expect(JourneyMapPage({ params: Promise.resolve({ workspace: team.workspace.slug, id: other.journey.id }), searchParams: Promise.resolve({}) })).rejects.toMatchObject({
      digest: expect.stringMatching(/HTTP_ERROR_FALLBACK;404/),
    });
  });
});
