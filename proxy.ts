import { NextResponse, type NextRequest } from 'next/server';
import { shareGate } from '@/lib/share/gate';
import { UNLOCK_COOKIE } from '@/lib/share/unlock';
import { securityHeaders } from './lib/security-headers';

// Not a security boundary for the app (every page, action and route runs the workspace gate itself): it sends
// visitors without a session cookie to sign-in early, and sets the security headers of every response
// (lib/security-headers.ts; static files under /_next/static are exempt by the matcher). For the share page, served
// from Next's page cache, it adds a live check of the link before the cache (lib/share/gate.ts).
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

const SHARE_PAGE = /^\/share\/([^/]+)$/;

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const { headers, nonce } = securityHeaders(req.nextUrl, req.headers, { dev: process.env.NODE_ENV === 'development' });
  const withHeaders = (res: NextResponse) => {
    for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
    return res;
  };
  const share = SHARE_PAGE.exec(pathname);
  if (share) {
    const gate = await shareGate(share[1], req.cookies.get(UNLOCK_COOKIE)?.value);
    // A dead link gets the not-found page (rewritten to a token that cannot exist, whose page answers 404).
    if (gate.kind === 'gone') return withHeaders(NextResponse.rewrite(new URL('/share/-', req.url)));
    if (gate.kind === 'locked') return withHeaders(NextResponse.redirect(new URL(`${pathname}/unlock`, req.url)));
    if (gate.password) return withHeaders(NextResponse.rewrite(new URL(`${pathname}/view`, req.url)));
  }
  const hasSession = SESSION_COOKIES.some((c) => req.cookies.has(c));
  if (!hasSession && (pathname === '/w' || pathname.startsWith('/w/') || pathname === '/account')) {
    const url = req.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return withHeaders(NextResponse.redirect(url));
  }
  // Next reads the nonce from the request's policy and puts it on the scripts it renders; a policy the client sent
  // itself is never passed on.
  const forwarded = new Headers(req.headers);
  forwarded.delete('content-security-policy-report-only');
  if (nonce) forwarded.set('content-security-policy', headers['Content-Security-Policy']);
  else forwarded.delete('content-security-policy');
  return withHeaders(NextResponse.next({ request: { headers: forwarded } }));
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
