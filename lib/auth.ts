import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getAuthSecret } from './auth-secret';
import { checkCredentials, clientIp } from './credentials';

declare module 'next-auth' {
  interface Session {
    sv?: number;
  }
}

export class ThrottledSignin extends CredentialsSignin {
  code = 'throttled';
}
export class InvalidSignin extends CredentialsSignin {
  code = 'invalid';
}

/** Keeps redirects on the same origin, as a path, so 127.0.0.1 vs localhost never drops the cookie. */
export function sameOriginPath(url: string, baseUrl: string) {
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  try {
    const u = new URL(url);
    if (u.origin === new URL(baseUrl).origin) return u.pathname + u.search + u.hash;
  } catch {
    /* fall through */
  }
  return '/';
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: getAuthSecret(),
  trustHost: true,
  logger: {
    // A wrong password is an answer, not a server error: keep it out of the error log.
    error(error: Error) {
      if (error.name === 'CredentialsSignin' || (error as { type?: string }).type === 'CredentialsSignin') return;
      console.error('[auth]', error);
    },
  },
  session: { strategy: 'jwt', maxAge: 30 * 24 * 3600 },
  pages: { signIn: '/sign-in' },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const email = typeof credentials?.email === 'string' ? credentials.email : '';
        const password = typeof credentials?.password === 'string' ? credentials.password : '';
        if (!email || !password || password.length > 1024) throw new InvalidSignin();
        const result = await checkCredentials(email, password, clientIp(request.headers));
        if (!result.ok) throw result.reason === 'throttled' ? new ThrottledSignin() : new InvalidSignin();
        return { id: result.user.id, name: result.user.name, email: result.user.email, sv: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sv?: number }).sv;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sv = typeof token.sv === 'number' ? token.sv : undefined;
      return session;
    },
    redirect({ url, baseUrl }) {
      return sameOriginPath(url, baseUrl);
    },
  },
}));
