/** Where everything goes on the exported picture, in layout pixels. Pure, so it can be tested. */
export type Rectangle = { x: number; y: number; width: number; height: number };

export type BriefingLayout = {
  /** Multiplies every font size and margin: 1 for a 1920-wide slide. */
  unit: number;
  header: Rectangle;
  map: Rectangle;
  /** The column for the legend and the sources; absent when neither is shown. */
  side?: Rectangle;
  footer: Rectangle;
};

export function briefingLayout(
  width: number,
  height: number,
  options: { legend: boolean; sources: boolean },
): BriefingLayout {
  // Text grows with the shorter side, so that a 4:3 or A4 picture reads like the slide.
  const unit = Math.min(width / 1920, height / 1080);
  const margin = Math.round(28 * unit);
  const headerHeight = Math.round(96 * unit);
  const footerHeight = Math.round(64 * unit);
  const hasSide = options.legend || options.sources;
  const sideWidth = hasSide ? Math.round(Math.max(380 * unit, width * 0.24)) : 0;
  const header = { x: margin, y: margin * 0.6, width: width - 2 * margin, height: headerHeight };
  const top = header.y + headerHeight;
  const bottom = height - footerHeight;
  const map = {
    x: margin,
    y: top,
    width: width - 2 * margin - (hasSide ? sideWidth + margin : 0),
    height: bottom - top,
  };
  const side = hasSide
    ? { x: map.x + map.width + margin, y: top, width: sideWidth, height: bottom - top }
    : undefined;
  const footer = { x: margin, y: bottom, width: width - 2 * margin, height: footerHeight };
  return side ? { unit, header, map, side, footer } : { unit, header, map, footer };
}

/** A round distance for a scale bar no longer than `maxPixels`, given metres per layout pixel. */
export function scaleBarLength(
  metresPerPixel: number,
  maxPixels: number,
): { metres: number; pixels: number; label: string } {
  const maxMetres = metresPerPixel * maxPixels;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const leading = maxMetres / power;
  const nice = leading >= 5 ? 5 : leading >= 2 ? 2 : 1;
  const metres = nice * power;
  const label = metres >= 1000 ? `${(metres / 1000).toLocaleString("en-GB")} km` : `${metres} m`;
  return { metres, pixels: metres / metresPerPixel, label };
}

/** Web Mercator metres per CSS pixel at a latitude and zoom (MapLibre's 512-pixel tiles). */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}
