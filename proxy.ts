import { NextResponse, type NextRequest } from 'next/server';
import { securityHeaders } from './lib/security-headers';

// Not a security boundary (every page, action and route runs the workspace gate itself): it only
// sends visitors without a session cookie to sign-in early, and sets the security headers of every
// response (lib/security-headers.ts; static files under /_next/static are exempt by the matcher).
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const { headers, nonce } = securityHeaders(req.nextUrl, req.headers, { dev: process.env.NODE_ENV === 'development' });
  const hasSession = SESSION_COOKIES.some((c) => req.cookies.has(c));
  let res: NextResponse;
  if (!hasSession && (pathname === '/w' || pathname.startsWith('/w/') || pathname === '/account')) {
    const url = req.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    res = NextResponse.redirect(url);
  } else {
    // Next reads the nonce from the request's policy and puts it on the scripts it renders; a policy the client sent
    // itself is never passed on.
    const forwarded = new Headers(req.headers);
    forwarded.delete('content-security-policy-report-only');
    if (nonce) forwarded.set('content-security-policy', headers['Content-Security-Policy']);
    else forwarded.delete('content-security-policy');
    res = NextResponse.next({ request: { headers: forwarded } });
  }
  for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
  return res;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
