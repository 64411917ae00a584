/**
 * How this app's KML keeps its data model: every property is a `<Data>` of the Placemark's ExtendedData, its
 * value JSON-encoded, and the marker's value lists their names (JSON). togeojson merges ExtendedData with the
 * Placemark's own `name` and `description`, so only the listed names are decoded. KML from elsewhere has no
 * marker; its values stay text.
 */
export const kmlPropertiesMarker = "supply-route-map:properties";
