import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspKindFor, isHttps, securityHeaders, SHARE_PAGE_CSP, STATIC_PAGES } from '@/lib/security-headers';

const at = (url: string, headers: Record<string, string> = {}) => securityHeaders(new URL(url), new Headers(headers));
const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values] as const));
const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

describe('the Content-Security-Policy', () => {
  it('gives a page rendered per request a fresh nonce with strict-dynamic, and no inline scripts', () => {
    const a = at('http://localhost:3000/w/acme');
    const b = at('http://localhost:3000/w/acme');
    expect(a.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(b.nonce).not.toBe(a.nonce);
    const csp = a.headers['Content-Security-Policy'];
    expect(nonceOf(csp)).toBe(a.nonce);
    const d = directives(csp);
    expect(d.get('script-src')).toEqual(["'self'", `'nonce-${a.nonce}'`, "'strict-dynamic'"]);
    expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    expect(d.get('form-action')).toEqual(["'self'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('font-src')).toEqual(["'self'"]);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.has('upgrade-insecure-requests')).toBe(false);
  });

  it('gives prerendered or cached pages a policy without a nonce (their HTML is built once)', () => {
    const csp = contentSecurityPolicy({ kind: 'static' });
    expect(nonceOf(csp)).toBeUndefined();
    expect(directives(csp).get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives(csp).get('frame-ancestors')).toEqual(["'none'"]);
    expect(cspKindFor('/about', ['/about'])).toBe('static');
    // Only the exact path: a page below it is rendered per request.
    expect(cspKindFor('/about/team', ['/about'])).toBe('nonce');
    // Today no page is prerendered: the landing page gets a nonce like the rest.
    expect(STATIC_PAGES).toEqual([]);
    expect(at('http://localhost:3000/?deleted=1').nonce).toBeTruthy();
    expect(cspKindFor('/sign-in')).toBe('nonce');
  });

  it('decides the share page in one place, and keeps its unlock form on a nonce', () => {
    expect(cspKindFor('/share/abc')).toBe(SHARE_PAGE_CSP);
    expect(cspKindFor('/share/abc/unlock')).toBe('nonce');
    expect(contentSecurityPolicy({ kind: 'static' })).not.toContain('nonce-');
    expect(() => contentSecurityPolicy({ kind: 'nonce' })).toThrow();
  });

  it('lets nothing load from API answers', () => {
    for (const path of ['/api/v1/workspaces/acme/journeys', '/api/workspace-imports', '/api/health']) {
      const { headers, nonce } = at(`http://localhost:3000${path}`);
      expect(nonce).toBeNull();
      expect(directives(headers['Content-Security-Policy']).get('default-src')).toEqual(["'none'"]);
      expect(directives(headers['Content-Security-Policy']).get('frame-ancestors')).toEqual(["'none'"]);
    }
  });

  it("allows eval only in development (React's dev tooling needs it)", () => {
    expect(contentSecurityPolicy({ kind: 'nonce', nonce: 'abc', dev: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ kind: 'nonce', nonce: 'abc' })).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy({ kind: 'static' })).not.toContain('unsafe-eval');
  });
});

describe('HSTS', () => {
  const hsts = 'max-age=63072000; includeSubDomains';
  it('is sent only when the visitor came over https (the URL or the first X-Forwarded-Proto)', () => {
    expect(at('http://localhost:3000/w').headers['Strict-Transport-Security']).toBeUndefined();
    expect(at('http://localhost:3000/w', { 'x-forwarded-proto': 'http' }).headers['Strict-Transport-Security']).toBeUndefined();
    expect(at('http://localhost:3000/w', { 'x-forwarded-proto': 'http, https' }).headers['Strict-Transport-Security']).toBeUndefined();
    expect(at('https://app.example/w').headers['Strict-Transport-Security']).toBe(hsts);
    expect(at('http://app.example/api/v1/x', { 'x-forwarded-proto': 'HTTPS' }).headers['Strict-Transport-Security']).toBe(hsts);
    expect(at('http://app.example/share/x', { 'x-forwarded-proto': 'https,http' }).headers['Strict-Transport-Security']).toBe(hsts);
  });

  it('comes with upgrade-insecure-requests over https only', () => {
    expect(at('https://app.example/w').headers['Content-Security-Policy']).toContain('upgrade-insecure-requests');
    expect(at('http://localhost:3000/w').headers['Content-Security-Policy']).not.toContain('upgrade-insecure-requests');
    expect(isHttps(new URL('http://x/'), new Headers())).toBe(false);
  });
});

describe('the other headers', () => {
  it('are on every kind of answer; share pages also get no-referrer and noindex', () => {
    for (const path of ['/', '/w/acme', '/api/v1/workspaces/acme', '/share/tok', '/share/tok/unlock']) {
      const { headers } = at(`http://localhost:3000${path}`);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['X-Frame-Options']).toBe('DENY');
      const share = path.startsWith('/share/');
      expect(headers['Referrer-Policy']).toBe(share ? 'no-referrer' : 'strict-origin-when-cross-origin');
      expect(headers['X-Robots-Tag']).toBe(share ? 'noindex, nofollow' : undefined);
    }
  });
});

describe('proxy.ts', async () => {
  const { NextRequest } = await import('next/server');
  const { proxy } = await import('@/proxy');
  const run = (path: string, headers: Record<string, string> = {}) => proxy(new NextRequest(new URL(path, 'http://localhost:3000'), { headers }));

  it('hands the renderer the same nonce the browser gets, and drops a policy the client sent', async () => {
    const res = await run('/sign-in', { 'content-security-policy': "script-src 'nonce-forged'" });
    const sent = res.headers.get('content-security-policy')!;
    expect(nonceOf(sent)).toBeTruthy();
    expect(res.headers.get('x-middleware-request-content-security-policy')).toBe(sent);
    expect(sent).not.toContain('forged');
    const api = await run('/api/health', { 'content-security-policy': "script-src 'nonce-forged'" });
    expect(api.headers.get('content-security-policy')).not.toContain('nonce-');
    expect(api.headers.get('x-middleware-override-headers')?.split(',')).not.toContain('content-security-policy');
    expect(api.headers.get('x-middleware-request-content-security-policy')).toBeNull();
  });

  it('puts the headers on its sign-in redirect too', async () => {
    const res = await run('/w/acme', { 'x-forwarded-proto': 'https' });
    expect(res.status).toBe(307);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});
