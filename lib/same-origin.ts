import { AppError } from './errors';

/**
 * Cookies ride along on cross-site requests, so a mutating cookie call must come from this origin:
 * refused when the browser says the request is cross-site (Sec-Fetch-Site) or sends another (or an
 * opaque "null") Origin. Clients that send neither header are not browsers acting for a visitor.
 * The one check for every cookie-authenticated route handler (the /api/v1 gate included); server
 * actions get Next's own Origin/Host check.
 */
export function assertSameOrigin(req: Request) {
  if (!isSameOrigin(req)) throw new AppError('forbidden', 'Cross-site request refused.');
}

export function isSameOrigin(req: Request): boolean {
  const site = req.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.get('origin');
  if (origin === null) return true;
  const host = (req.headers.get('x-forwarded-host') ?? req.headers.get('host') ?? '').split(',')[0].trim().toLowerCase();
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    /* "null" or garbage: not this origin */
  }
  return !!host && originHost === host;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Wraps a route handler whose mutating calls ride on cookies alone (no auth of its own to run first): a cross-site
 * POST/PUT/PATCH/DELETE answers 403 `{ error: { code: 'forbidden' } }` before the handler runs.
 */
export function sameOriginOnly<R extends Request, A extends unknown[]>(handler: (req: R, ...rest: A) => Response | Promise<Response>) {
  return async (req: R, ...rest: A): Promise<Response> => {
    if (MUTATING.has(req.method) && !isSameOrigin(req)) {
      return Response.json({ error: { code: 'forbidden', message: 'Cross-site request refused.' } }, { status: 403 });
    }
    return handler(req, ...rest);
  };
}
