declare module "virtual:world-50m" {
  /** URL of the plain Natural Earth 50m countries GeoJSON (scripts/bench/world-50m-plugin.ts). */
  const url: string;
  export default url;
}
