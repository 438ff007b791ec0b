import { config } from './config';

/**
 * The client address, the one helper every limit keys on. Next's server fills `x-forwarded-for` with the
 * socket's address only when the request has none, so the header is trusted as far as the proxies in front
 * of us append to it: with TRUSTED_PROXY_HOPS = n (default 1, one reverse proxy), the address is the n-th
 * hop from the right. Without any proxy in front, a client can forge the header (see README).
 */
export function clientIp(headers: Headers): string {
  const hops = Math.max(1, config.trustedProxyHops);
  const xff = headers.get('x-forwarded-for');
  if (xff) {
    const parts = xff.split(',').map((s) => s.trim()).filter(Boolean);
    if (parts.length) return parts[Math.max(0, parts.length - hops)];
  }
  return headers.get('x-real-ip')?.trim() || 'unknown';
}
