import { config } from 'zod';

// zod compiles fast object parsers with `new Function`, which our Content-Security-Policy refuses
// (no 'unsafe-eval'); its probe alone is reported as a violation. This must run before any schema
// is built, so main.tsx imports this module first.
config({ jitless: true });
