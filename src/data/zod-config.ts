import { z } from "zod";

/*
 * Zod compiles object parsers with `new Function` where it may, and probes for that when a schema is built. Under
 * the app's Content-Security-Policy (no 'unsafe-eval') the probe fails quietly but is still reported as a
 * policy violation, in the page and in the import worker. Interpreted parsing is all this app needs. Imported by
 * schema-messages.ts, which every schema module loads before building its schemas.
 */
z.config({ jitless: true });
