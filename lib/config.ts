import path from 'node:path';

// Every environment variable the server reads, in one place (documented in README and .env.example).
const int = (v: string | undefined, d: number) => {
  const n = v === undefined || v === '' ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : d;
};

export const config = {
  get databaseUrl() {
    return process.env.DATABASE_URL || undefined;
  },
  get dataDir() {
    return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.WAYFINDER_DATA_DIR || '.data');
  },
  get pgliteDir() {
    return path.join(this.dataDir, 'pglite');
  },
  get outboxDir() {
    return process.env.OUTBOX_DIR ? path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.OUTBOX_DIR) : path.join(this.dataDir, 'outbox');
  },
  get smtpUrl() {
    return process.env.SMTP_URL || undefined;
  },
  get mailFrom() {
    return process.env.MAIL_FROM || 'Wayfinder <no-reply@wayfinder.local>';
  },
  get appUrl() {
    return (process.env.AUTH_URL || process.env.APP_URL || 'http://localhost:3000').replace(/\/api\/auth\/?$/, '').replace(/\/$/, '');
  },
  /**
   * Seconds a scored scorecard read model stays cached in this process (README, "Caches are per process"); every
   * content write through this process expires it at once. 0 turns the cache off (several processes without a
   * shared cache handler).
   */
  get viewCacheSeconds() {
    return int(process.env.VIEW_CACHE_SECONDS, 300);
  },
  /** Rate limits (see README): `<AREA>_LIMIT_PER_<KEY>` events per `<AREA>_LIMIT_WINDOW_MINUTES`; 0 turns one off. */
  limits: {
    signIn: {
      get perAccount() {
        return int(process.env.SIGNIN_LIMIT_PER_ACCOUNT, 5);
      },
      get perIp() {
        return int(process.env.SIGNIN_LIMIT_PER_IP, 20);
      },
      get windowMinutes() {
        return int(process.env.SIGNIN_LIMIT_WINDOW_MINUTES, 15);
      },
    },
    signUp: {
      get perIp() {
        return int(process.env.SIGNUP_LIMIT_PER_IP, 10);
      },
      get windowMinutes() {
        return int(process.env.SIGNUP_LIMIT_WINDOW_MINUTES, 60);
      },
    },
    // Reset requests followed the sign-in settings before they had their own: those still apply when unset.
    reset: {
      get perAccount() {
        return int(process.env.RESET_LIMIT_PER_ACCOUNT, config.limits.signIn.perAccount);
      },
      get perIp() {
        return int(process.env.RESET_LIMIT_PER_IP, config.limits.signIn.perIp);
      },
      get windowMinutes() {
        return int(process.env.RESET_LIMIT_WINDOW_MINUTES, config.limits.signIn.windowMinutes);
      },
    },
    inviteAccept: {
      get perIp() {
        return int(process.env.INVITE_ACCEPT_LIMIT_PER_IP, 20);
      },
      get perInvitation() {
        return int(process.env.INVITE_ACCEPT_LIMIT_PER_INVITATION, 10);
      },
      get windowMinutes() {
        return int(process.env.INVITE_ACCEPT_LIMIT_WINDOW_MINUTES, 15);
      },
    },
    sharePassword: {
      /** Wrong passwords per share link and client address. */
      get perIp() {
        return int(process.env.SHARE_PASSWORD_LIMIT_PER_IP, 5);
      },
      get windowMinutes() {
        return int(process.env.SHARE_PASSWORD_LIMIT_WINDOW_MINUTES, 15);
      },
    },
    api: {
      /** Requests per API token, or per signed-in user with a session cookie (API_RATE_LIMIT_PER_MINUTE is the older name). */
      get perClient() {
        return int(process.env.API_LIMIT_PER_CLIENT, int(process.env.API_RATE_LIMIT_PER_MINUTE, 600));
      },
      get windowMinutes() {
        return int(process.env.API_LIMIT_WINDOW_MINUTES, 1) || 1;
      },
    },
    workspaceImport: {
      get perUser() {
        return int(process.env.WORKSPACE_IMPORT_LIMIT_PER_USER, 10);
      },
      get windowMinutes() {
        return int(process.env.WORKSPACE_IMPORT_LIMIT_WINDOW_MINUTES, 1) || 1;
      },
    },
  },
  /** Kept for callers written before `limits`: the sign-in limits. */
  get signInLimits() {
    return config.limits.signIn;
  },
  /** Reverse proxies in front of the server that append to x-forwarded-for (see lib/client-ip.ts). */
  get trustedProxyHops() {
    return int(process.env.TRUSTED_PROXY_HOPS, 1);
  },
  get maxBodyBytes() {
    return int(process.env.API_MAX_BODY_BYTES, 1_000_000);
  },
  get seedDemo() {
    return process.env.WAYFINDER_SEED_DEMO !== '0';
  },
};
