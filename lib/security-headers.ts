// The security headers of every response proxy.ts answers (pages, route handlers, the API, redirects).
// Pure: no Next imports, so the unit tests and the proxy share it. README "Security headers" explains the choices.

/**
 * How a page's scripts are allowed to run.
 * - 'nonce': rendered per request; Next puts the request's nonce on its own scripts, nothing else runs.
 * - 'static': HTML made once and served to many (prerendered or cached); no nonce can reach its inline scripts,
 *   so it allows same-origin and inline scripts instead (hashes do not fit: Next's inline scripts carry the page's
 *   data and change with it).
 * - 'api': JSON and files, never rendered as a document: nothing may load at all.
 */
export type CspKind = 'nonce' | 'static' | 'api';

/**
 * The share page's policy, in one place: its HTML is served from Next's page cache (app/share/[token]/page.tsx), the
 * same HTML to every visitor, so no nonce can reach its scripts. It renders no stored text as markup and ships no
 * client components of its own.
 */
export const SHARE_PAGE_CSP: CspKind = 'static';

/**
 * Pages whose HTML is prerendered at build time (`next build` marks them ○). None today: every page, the landing page
 * included, renders per request (the root not-found page calls connection()). e2e/security-headers.spec.ts checks this
 * list against the build's prerender manifest.
 */
export const STATIC_PAGES: readonly string[] = [];

export function cspKindFor(pathname: string, staticPages: readonly string[] = STATIC_PAGES): CspKind {
  if (pathname === '/api' || pathname.startsWith('/api/')) return 'api';
  if (pathname.startsWith('/share/') && !pathname.slice('/share/'.length).includes('/')) return SHARE_PAGE_CSP;
  if (staticPages.includes(pathname)) return 'static';
  return 'nonce';
}

/** 128 random bits, base64: unguessable and new for every request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

type CspOptions = { kind: CspKind; nonce?: string; https?: boolean; dev?: boolean };

export function contentSecurityPolicy({ kind, nonce, https = false, dev = false }: CspOptions): string {
  if (kind === 'api') return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  if (kind === 'nonce' && !nonce) throw new Error('A nonce policy needs a nonce.');
  // 'strict-dynamic' lets the nonced bootstrap load the chunks it needs; dev mode evaluates modules with eval().
  const scripts = kind === 'nonce' ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"];
  if (dev) scripts.push("'unsafe-eval'");
  const directives = [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    // React, Radix, Recharts and dnd-kit set style attributes; a nonce here would disable 'unsafe-inline'.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  // Over plain http (local use) an upgrade would break every subresource.
  if (https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/**
 * Whether the visitor reached us over https: the URL, or the first hop's X-Forwarded-Proto. A forged header can only
 * add HSTS to a plain-http answer, which browsers ignore there.
 */
export function isHttps(url: URL, headers: Headers): boolean {
  if (url.protocol === 'https:') return true;
  const proto = headers.get('x-forwarded-proto');
  return proto !== null && proto.split(',')[0].trim().toLowerCase() === 'https';
}

export type SecurityHeaders = { headers: Record<string, string>; nonce: string | null };

/** Every header for one response to `url`; the nonce (null when the policy has none) also goes to the renderer. */
export function securityHeaders(url: URL, reqHeaders: Headers, opts: { dev?: boolean } = {}): SecurityHeaders {
  const kind = cspKindFor(url.pathname);
  const https = isHttps(url, reqHeaders);
  const nonce = kind === 'nonce' ? newNonce() : null;
  const share = url.pathname.startsWith('/share/');
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy({ kind, nonce: nonce ?? undefined, https, dev: opts.dev }),
    'X-Content-Type-Options': 'nosniff',
    // Share pages carry their token in the URL: never send it on as a referrer, and keep them out of search engines.
    'Referrer-Policy': share ? 'no-referrer' : 'strict-origin-when-cross-origin',
    // frame-ancestors for browsers that predate it.
    'X-Frame-Options': 'DENY',
  };
  if (share) headers['X-Robots-Tag'] = 'noindex, nofollow';
  if (https) headers['Strict-Transport-Security'] = 'max-age=63072000; includeSubDomains';
  return { headers, nonce };
}
