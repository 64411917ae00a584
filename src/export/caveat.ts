/** The caveat every briefing picture carries unless the briefer changes it. */
export const defaultCaveat =
  "Routes and flows are alleged, drawn from open sources; many are schematic. Line style shows analytic confidence.";
