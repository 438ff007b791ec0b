import { NextResponse, type NextRequest } from 'next/server';
import { getCurrentUser } from '@/lib/session';
import { AppError } from '@/lib/errors';
import { apiError } from '@/lib/api/handler';
import { readUpload } from '@/lib/api/input';
import { assertSameOrigin } from '@/lib/same-origin';
import { hitRateLimit, retryText } from '@/lib/throttle';
import { config } from '@/lib/config';
import { workspaceNameSchema } from '@/lib/validations/workspace';
import { parseWorkspaceFile } from '@/lib/workspace-export/parse';
import { IMPORT_MAX_BYTES } from '@/lib/workspace-export/schema';
import { importWorkspace } from '@/db/queries/workspace-import';

export const dynamic = 'force-dynamic';

// readUpload takes a JSON body for a mistaken API call; here a JSON body is the file itself.
function asFile(req: NextRequest): Request {
  if (!(req.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) return req;
  const headers = new Headers(req.headers);
  headers.set('content-type', 'application/octet-stream');
  return new Request(req.url, { method: 'POST', headers, body: req.body, duplex: 'half' } as RequestInit);
}

/**
 * Any signed-in user (session cookie, same origin): creates a new workspace they own from a workspace file sent
 * as multipart/form-data (`file`) or as the raw body; `?name=` optionally renames it. Order: 401 → 403 cross-site
 * → 429 → 413 over 20 MB (before reading it all) → 400 naming the first problem → 201 `{ workspace: { name, slug }, url }`.
 */
export async function POST(req: NextRequest) {
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError('unauthorized', 'Sign in to import a workspace.');
    assertSameOrigin(req);
    // Imports are heavy (one transaction writing the whole workspace): a few a minute per user is plenty.
    const { perUser, windowMinutes } = config.limits.workspaceImport;
    const limit = await hitRateLimit(`import:user:${user.id}`, perUser, windowMinutes * 60);
    if (!limit.ok) return apiError('rate_limited', `Too many imports. ${retryText(limit.retryAfter)}`, { headers: { 'Retry-After': String(limit.retryAfter) } });
    const rawName = req.nextUrl.searchParams.get('name') ?? '';
    const name = rawName.trim() ? workspaceNameSchema.safeParse(rawName) : null;
    if (name && !name.success) throw new AppError('invalid', name.error.issues[0].message, { name: name.error.issues.map((i) => i.message) });
    const upload = await readUpload(asFile(req), IMPORT_MAX_BYTES);
    const doc = parseWorkspaceFile(upload.text);
    const w = await importWorkspace(user, doc, { name: name?.data, fileName: upload.filename ?? undefined });
    return NextResponse.json({ workspace: { name: w.name, slug: w.slug }, url: `/w/${w.slug}` }, { status: 201 });
  } catch (e) {
    if (e instanceof AppError) return apiError(e.code, e.message, { fields: e.fieldErrors });
    console.error('[import] unexpected error', e);
    return apiError('internal', 'Something went wrong on our side. Nothing was imported; please try again.');
  }
}
