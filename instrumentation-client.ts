// Runs in the browser before the app's own modules. Zod compiles object parsers with `new Function` after probing
// for it; the Content-Security-Policy has no 'unsafe-eval', so the probe is refused and reported as a violation
// even though zod catches it. Parse without compiling in the browser (the server keeps the faster parser).
// Zod keeps its configuration on this global and adopts an existing one when it loads (zod/v4/core/core.js), so the
// setting is made here without importing zod, which would add ~30 kB to the first load of every page.
// e2e/security-headers.spec.ts fails on the violation if this ever stops working.
const g = globalThis as unknown as { __zod_globalConfig?: Record<string, unknown> };
g.__zod_globalConfig = { ...g.__zod_globalConfig, jitless: true };
