/** The basemap stays quiet (low contrast, no saturated colour) so that the routes are read first. */
export const basemapPalette = {
  ocean: "#dde6eb",
  land: "#f6f4ef",
  coast: "#a9bcc6",
  border: "#8f8a84",
  countryLabel: "#6f6a64",
  labelHalo: "#f6f4ef",
  /** Darker than the sea and lighter than every route colour, in colour and in greyscale. */
  river: "#7ea6be",
  waterLabel: "#4d7891",
  town: "#6f6a64",
  townLabel: "#4f4b46",
  port: "#4d7891",
} as const;

export const fonts = {
  regular: ["Noto Sans Regular"],
  bold: ["Noto Sans Bold"],
} as const;
