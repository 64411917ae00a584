/** Writes `public/_headers` from the policy in security-headers.ts: `npm run headers`. A unit test keeps them equal. */
import { writeFileSync } from "node:fs";
import { staticHostHeadersFile } from "./security-headers.ts";

writeFileSync(new URL("../public/_headers", import.meta.url), staticHostHeadersFile());
console.log("Wrote public/_headers");
