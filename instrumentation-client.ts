import { z } from 'zod';

// Runs in the browser before the app's own modules. Zod compiles object parsers with `new Function` after probing
// for it; the Content-Security-Policy has no 'unsafe-eval', so the probe is refused and reported as a violation
// even though zod catches it. Parse without compiling in the browser (the server keeps the faster parser).
z.config({ jitless: true });
