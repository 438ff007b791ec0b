import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { expect, type Browser, type Page } from '@playwright/test';
import type { MatrixFixture } from '../scripts/e2e-seed-matrix';

export const runDir = () => process.env.E2E_RUN_DIR!;

export type Fixtures = {
  owner: { email: string; password: string };
  workspace: string;
  expiredInvitation: { token: string; email: string };
  /** Seeded journey ids by name (scripts/e2e-seed-journeys.ts). */
  journeys: Record<string, string>;
  /** Seeded scorecards with measures, by test name (scripts/e2e-seed-measurements.ts). */
  measurementScorecards: Record<string, { scorecardId: string; measures: Record<string, string> }>;
  /** The KPI table's scorecard (scripts/e2e-seed-scorecards.ts): one measure per status. */
  kpiScorecard: { id: string; name: string; measures: Record<'green' | 'amber' | 'red' | 'grey', { id: string; name: string }> };
  /** A workspace with the demo scorecard and benchmarks, and a viewer (scripts/e2e-seed-benchmarks.ts). */
  benchmarksPage: { workspace: string; viewer: { email: string; password: string } };
  /** A share link to the KPI scorecard whose expiry has passed (scripts/e2e-seed.ts). */
  expiredShareToken: string;
  /** The access matrix's two workspaces, actors and ids (scripts/e2e-seed-matrix.ts). */
  accessMatrix: MatrixFixture;
};

export function fixtures(): Fixtures {
  return JSON.parse(fs.readFileSync(path.join(runDir(), 'fixtures.json'), 'utf8'));
}

export const randomEmail = (tag = 'user') => `${tag}-${randomBytes(5).toString('hex')}@e2e.test`;
export const PASSWORD = 'correct horse battery staple';

/** Signs up through the UI; lands on /w (or `next`). */
export async function signUp(page: Page, opts: { name?: string; email?: string; password?: string; next?: string } = {}) {
  const email = opts.email ?? randomEmail();
  const password = opts.password ?? PASSWORD;
  const name = opts.name ?? 'E2E ' + email.split('@')[0];
  await page.goto(opts.next ? `/sign-up?next=${encodeURIComponent(opts.next)}` : '/sign-up');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-up'));
  return { email, password, name };
}

export async function signIn(page: Page, email: string, password: string, next?: string) {
  await page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
}

/** Signs up and creates a workspace; returns its slug. */
export async function signUpWithWorkspace(page: Page, workspaceName = 'WS ' + randomBytes(3).toString('hex')) {
  const user = await signUp(page);
  await page.goto('/w');
  await page.getByLabel('Workspace name').fill(workspaceName);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.waitForURL(/\/w\/[a-z0-9-]+$/);
  const slug = new URL(page.url()).pathname.split('/')[2];
  await expect(page.getByRole('heading', { level: 1, name: workspaceName })).toBeVisible();
  return { ...user, slug, workspaceName };
}

/** The newest mail in the outbox addressed to `to` (waits for it), as text. */
export async function latestMail(to: string, timeoutMs = 10_000): Promise<string> {
  const dir = path.join(runDir(), 'outbox');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(dir)) {
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().reverse();
      for (const f of files) {
        const text = fs.readFileSync(path.join(dir, f), 'utf8');
        if (new RegExp(`^To: .*${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'mi').test(text)) return decodeQuotedPrintable(text);
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No mail to ${to} in ${dir}`);
}

function decodeQuotedPrintable(s: string) {
  return s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
}

/** The first link in a mail that starts with the app's path prefix, e.g. '/invite/'. */
export function linkIn(mail: string, prefix: string) {
  const m = new RegExp(`https?://[^\\s]+(${prefix.replace(/\//g, '\\/')}[^\\s]+)`).exec(mail);
  if (!m) throw new Error(`No ${prefix} link in mail:\n${mail}`);
  return m[1];
}

/** Owner invites through the dialog; the invitee signs up through the link in a fresh browser and joins. */
export async function addMember(owner: Page, browser: Browser, slug: string, name: string, role: 'Viewer' | 'Editor' | 'Admin') {
  const email = randomEmail(name.toLowerCase().replace(/\W+/g, '-'));
  await owner.goto(`/w/${slug}/settings/members`);
  await owner.getByRole('button', { name: 'Invite people' }).click();
  const dialog = owner.getByRole('dialog', { name: 'Invite people' });
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel('Role').selectOption({ label: role });
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await owner.getByRole('dialog', { name: 'Invitation sent' }).getByRole('button', { name: 'Done' }).click();
  const link = linkIn(await latestMail(email), '/invite/');
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/sign-up?next=${encodeURIComponent(link)}&email=${encodeURIComponent(email)}`);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('button', { name: /^Join / }).click();
  await page.waitForURL(new RegExp(`/w/${slug}$`));
  return { page, email };
}
