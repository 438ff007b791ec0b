import { NextResponse, type NextRequest } from 'next/server';

// Not a security boundary (every page, action and route runs the workspace gate itself): it only
// sends visitors without a session cookie to sign-in early, and sets headers.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const hasSession = SESSION_COOKIES.some((c) => req.cookies.has(c));
  if (!hasSession && (pathname === '/w' || pathname.startsWith('/w/') || pathname === '/account')) {
    const url = req.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  const res = NextResponse.next();
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
