import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import type { z } from 'zod';
import { AppError, statusOf, type ErrorCode, type FieldErrors } from '../errors';
import { can } from '../authz';
import { config } from '../config';
import { getCurrentUser } from '../session';
import { memberContext, type WorkspaceContext } from '../workspace';
import { hitRateLimit, retryText } from '../throttle';
import { expireWorkspaceCache } from '../cache-tags';
import { findApiToken, touchApiToken } from '@/db/queries/api-tokens';
import type { RouteSpec } from './spec';
import { readJsonBody, readQuery, readUpload, type Upload } from './input';
import { assertSameOrigin } from '../same-origin';
import { pathIdInWorkspace } from '@/db/queries/path-ids';

export function apiError(code: ErrorCode, message: string, extra: { fields?: FieldErrors; current?: unknown; headers?: HeadersInit } = {}) {
  const body: { error: Record<string, unknown> } = { error: { code, message } };
  if (extra.fields) body.error.fields = extra.fields;
  if (extra.current !== undefined) body.error.current = extra.current;
  return NextResponse.json(body, { status: statusOf[code], headers: extra.headers });
}

const BEARER = /^Bearer[ \t]+([A-Za-z0-9._~+/=-]+)$/i;

async function authenticate(req: NextRequest, slug: string, spec: RouteSpec): Promise<WorkspaceContext> {
  const header = req.headers.get('authorization');
  if (header !== null) {
    // A bad token never falls back to the cookie: the caller meant to use the token.
    const m = BEARER.exec(header.trim());
    const found = m ? await findApiToken(m[1]) : null;
    if (!found) throw new AppError('unauthorized', 'The API token is missing, malformed or revoked.');
    // A token belongs to one workspace: any other workspace does not exist for it.
    if (found.workspace.slug !== slug) throw new AppError('not_found', 'Workspace not found.');
    // Last use is kept to the minute: a token seen within the last minute needs no write (touchApiToken checks it again).
    const lastUsed = found.token.lastUsedAt ? new Date(found.token.lastUsedAt).getTime() : 0;
    if (Date.now() - lastUsed >= 60_000) {
      await touchApiToken(found.workspace.id, found.token.id).catch((e) => console.error('[api] could not record token use', e));
    }
    if (!can(found.token.role, spec.permission)) throw new AppError('forbidden', "This token's role does not allow this.");
    return {
      workspace: found.workspace,
      role: found.token.role,
      user: null,
      tokenId: found.token.id,
      actor: { userId: null, tokenId: found.token.id, name: `API token “${found.token.name}”` },
    };
  }
  const user = await getCurrentUser();
  if (!user) throw new AppError('unauthorized', 'Sign in or send an API token (Authorization: Bearer …).');
  if (spec.method !== 'GET') assertSameOrigin(req);
  return memberContext(user, slug, spec.permission);
}

export type ApiArgs<S extends RouteSpec> = {
  req: NextRequest;
  ctx: WorkspaceContext;
  params: z.infer<S['params']>;
  // The spec's optional fields are `Schema | undefined`: strip the undefined before inferring.
  query: NonNullable<S['query']> extends z.ZodType ? z.infer<NonNullable<S['query']>> : undefined;
  body: NonNullable<S['body']> extends z.ZodType ? z.infer<NonNullable<S['body']>> : undefined;
  /** The uploaded file, for specs with `upload` (size-limited by the spec, not by the JSON body limit). */
  upload: Upload | undefined;
};

/**
 * The query, JSON body and upload of a request, validated. Refused input with an `{id}` that names nothing in
 * this workspace answers 404, not 400: ids are checked before input (STYLE.md), but only on this error path, so
 * that valid requests cost no extra statement (the handler's own look-up answers 404 for them).
 */
async function readInput(req: NextRequest, spec: RouteSpec, workspaceId: string, params: { id?: string }) {
  try {
    const query = spec.query ? readQuery(req.nextUrl, spec.query) : undefined;
    const body = spec.body ? await readJsonBody(req, spec.body, config.maxBodyBytes) : undefined;
    const upload = spec.upload ? await readUpload(req, spec.upload.maxBytes) : undefined;
    return { query, body, upload };
  } catch (e) {
    if (e instanceof AppError && !(await pathIdInWorkspace(workspaceId, spec.path, params.id))) throw new AppError('not_found', 'Not found.');
    throw e;
  }
}

/**
 * The route-handler form of the tenancy gate. Order: 401 signed out / bad token → 404 not a member
 * → 403 role → 429 rate limit → 404 malformed id → (404 foreign id when the input is refused) 413 / 400 input
 * → the handler (which answers 404 for foreign ids and 409 for stale versions by throwing AppError). Errors use STYLE.md's `{ error: { code, message } }`.
 */
export function apiHandler<S extends RouteSpec>(spec: S, fn: (args: ApiArgs<S>) => Promise<unknown>) {
  return async (req: NextRequest, route: { params: Promise<Record<string, string | string[]>> }) => {
    try {
      const rawParams = await route.params;
      const params = spec.params.safeParse(rawParams);
      const slug = typeof rawParams.slug === 'string' ? rawParams.slug : '';
      const ctx = await authenticate(req, slug, spec);
      const { perClient, windowMinutes } = config.limits.api;
      const limit = await hitRateLimit(ctx.tokenId ? `api:token:${ctx.tokenId}` : `api:user:${ctx.user!.id}`, perClient, windowMinutes * 60);
      if (!limit.ok) {
        return apiError('rate_limited', `Too many requests. ${retryText(limit.retryAfter)}`, { headers: { 'Retry-After': String(limit.retryAfter) } });
      }
      // A malformed id cannot name anything in this workspace.
      if (!params.success) throw new AppError('not_found', 'Not found.');
      const { query, body, upload } = await readInput(req, spec, ctx.workspace.id, params.data as { id?: string });
      const result = await fn({ req, ctx, params: params.data, query, body, upload } as ApiArgs<S>);
      // Any successful write may change what cached reads (share pages) show.
      if (req.method !== 'GET' && req.method !== 'HEAD') expireWorkspaceCache(ctx.workspace.id);
      if (result instanceof Response) return result;
      if (result === undefined) return new NextResponse(null, { status: 204 });
      return NextResponse.json(result, { status: spec.status ?? 200 });
    } catch (e) {
      if (e instanceof AppError) {
        // RFC 6750: tell clients how to authenticate.
        const headers = e.code === 'unauthorized' ? { 'WWW-Authenticate': 'Bearer realm="wayfinder"' } : undefined;
        return apiError(e.code, e.message, { fields: e.fieldErrors, current: e.current, headers });
      }
      // The client went away mid-request (its body stream reports "aborted"): nobody reads the answer, and it is not
      // a server fault to log. 499 is the conventional "client closed request".
      if (req.signal?.aborted) return new NextResponse(null, { status: 499 });
      console.error('[api] unexpected error', e);
      return apiError('internal', 'Something went wrong on our side. Nothing was saved.');
    }
  };
}
