import { NextResponse, type NextRequest } from 'next/server';
import { shareGate } from '@/lib/share/gate';
import { UNLOCK_COOKIE } from '@/lib/share/unlock';

// Not a security boundary for the app (every page, action and route runs the workspace gate itself): it sends
// visitors without a session cookie to sign-in early, and sets headers. It IS the gate of the share page, which is
// served from Next's page cache: see lib/share/gate.ts.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

const SHARE_PAGE = /^\/share\/([^/]+)$/;

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const share = SHARE_PAGE.exec(pathname);
  if (share) {
    const gate = await shareGate(share[1], req.cookies.get(UNLOCK_COOKIE)?.value);
    // A dead link gets the not-found page (rewritten to a token that cannot exist, whose page answers 404).
    if (gate.kind === 'gone') return withHeaders(NextResponse.rewrite(new URL('/share/-', req.url)), pathname);
    if (gate.kind === 'locked') return withHeaders(NextResponse.redirect(new URL(`${pathname}/unlock`, req.url)), pathname);
  }
  const hasSession = SESSION_COOKIES.some((c) => req.cookies.has(c));
  if (!hasSession && (pathname === '/w' || pathname.startsWith('/w/') || pathname === '/account')) {
    const url = req.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  return withHeaders(NextResponse.next(), pathname);
}

function withHeaders(res: NextResponse, pathname: string) {
  res.headers.set('X-Content-Type-Options', 'nosniff');
  // Share pages carry their token in the URL: never send it on as a referrer, and keep them out of search engines.
  const share = pathname.startsWith('/share/');
  res.headers.set('Referrer-Policy', share ? 'no-referrer' : 'strict-origin-when-cross-origin');
  if (share) res.headers.set('X-Robots-Tag', 'noindex, nofollow');
  res.headers.set('X-Frame-Options', 'DENY');
  return res;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
