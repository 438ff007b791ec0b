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
  signInLimits: {
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
  get apiRateLimitPerMinute() {
    return int(process.env.API_RATE_LIMIT_PER_MINUTE, 600);
  },
  get maxBodyBytes() {
    return int(process.env.API_MAX_BODY_BYTES, 1_000_000);
  },
  get seedDemo() {
    return process.env.WAYFINDER_SEED_DEMO !== '0';
  },
};
