/**
 * `virtual:world-50m`: the URL of the plain Natural Earth 50m world (world-atlas countries-50m, converted to
 * GeoJSON with topojson-client, nothing clipped, simplified or rounded), the issue's reference basemap for a
 * bare MapLibre page. Generated once into node_modules/.cache, emitted as a hashed asset like the app's basemap.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Plugin } from "vite";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

function world50mFile(): string {
  const version = (require("world-atlas/package.json") as { version: string }).version;
  const path = resolve(here, `../../node_modules/.cache/offline-map-bench/countries-50m-${version}.geojson`);
  if (!existsSync(path)) {
    const topology = require("world-atlas/countries-50m.json") as Topology;
    const countries = feature(topology, topology.objects.countries as GeometryCollection);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(countries));
  }
  return path;
}

export function world50mAssets(): Plugin {
  const id = "virtual:world-50m";
  return {
    name: "bench-world-50m",
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (loaded) =>
      loaded === `\0${id}`
        ? `import url from ${JSON.stringify(`${world50mFile()}?url`)};\nexport default url;\n`
        : null,
  };
}
