import { z } from "zod";
import { type LayerKind, layerGroups, layerKinds } from "./layer-groups.ts";
import { limits } from "./limits.ts";
import { Identifier, text } from "./primitives.ts";

export { type LayerGroup, type LayerKind, layerGroups, layerKinds } from "./layer-groups.ts";

export const LayerManifestEntry = z.strictObject(
  {
    id: Identifier,
    title: text(limits.titleLength, "the layer's title"),
    description: text(limits.claimLength, "what the layer shows"),
    group: z.enum(layerGroups, { error: `one of ${layerGroups.map((group) => `"${group}"`).join(", ")}` }),
    /** Shown when the app opens. */
    visible: z.boolean({ error: "true or false" }),
    /** Position in the layer list and legend, ascending. */
    order: z.number({ error: "a number" }).int({ error: "a whole number" }),
    color: z
      .string({ error: 'a hex colour "#rrggbb"' })
      .regex(/^#[0-9a-fA-F]{6}$/, { error: 'a hex colour "#rrggbb"' }),
    file: z
      .string({ error: 'a file name in geojson/ such as "rail-link.geojson"' })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.geojson$/, {
        error: 'a file name in geojson/ such as "rail-link.geojson"',
      }),
    kind: z.enum(layerKinds, { error: `one of ${layerKinds.map((kind) => `"${kind}"`).join(", ")}` }),
    /** Every feature in the layer must then be drawn schematically: no exact location is public. */
    schematic: z.boolean({ error: "true or false" }).optional(),
  },
  { error: "a layer entry object" },
);
export type LayerManifestEntry = z.infer<typeof LayerManifestEntry>;

export const LayerManifest = z.strictObject(
  {
    layers: z
      .array(LayerManifestEntry, { error: "an array of layer entries" })
      .min(1, { error: "at least one layer" }),
  },
  { error: 'an object { "layers": [ … ] }' },
);
export type LayerManifest = z.infer<typeof LayerManifest>;

/** Geometry types each kind of layer may hold. */
export const geometryTypesByKind = {
  routes: ["LineString", "MultiLineString"],
  events: ["Point", "MultiPoint"],
  places: ["Point"],
  areas: ["Polygon", "MultiPolygon"],
} as const satisfies Record<LayerKind, readonly string[]>;
