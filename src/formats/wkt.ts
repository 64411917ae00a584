/** Well-known text for the app's geometries (2-D; a third number per position is kept when present). */
type Position = number[];
export type WktGeometry =
  | { type: "Point"; coordinates: Position }
  | { type: "MultiPoint"; coordinates: Position[] }
  | { type: "LineString"; coordinates: Position[] }
  | { type: "MultiLineString"; coordinates: Position[][] }
  | { type: "Polygon"; coordinates: Position[][] }
  | { type: "MultiPolygon"; coordinates: Position[][][] };

const typeNames: Readonly<Record<string, WktGeometry["type"]>> = {
  POINT: "Point",
  MULTIPOINT: "MultiPoint",
  LINESTRING: "LineString",
  MULTILINESTRING: "MultiLineString",
  POLYGON: "Polygon",
  MULTIPOLYGON: "MultiPolygon",
};

/** Nesting depth of each type's coordinates: 0 is one position. */
const depthOf: Readonly<Record<WktGeometry["type"], number>> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

type Nested = Position | Nested[];

/** "(a b, (c d), …)": lists of items separated by commas; an item is a nested list or a position (numbers). */
function parseList(body: string): Nested[] {
  let index = 0;
  const list = (): Nested[] => {
    index++; // past "("
    const items: Nested[] = [];
    let position: number[] | null = null;
    for (;;) {
      const character = body[index];
      if (character === undefined) throw new Error("a closing parenthesis is missing");
      if (character === "(") {
        items.push(list());
      } else if (character === ")" || character === ",") {
        if (position) items.push(position);
        position = null;
        index++;
        if (character === ")") return items;
      } else if (/\s/.test(character)) {
        index++;
      } else {
        const match = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(body.slice(index, index + 40));
        if (!match) throw new Error(`unexpected ${JSON.stringify(character)}`);
        position ??= [];
        position.push(Number(match[0]));
        index += match[0].length;
      }
    }
  };
  const value = list();
  if (body.slice(index).trim() !== "") throw new Error("text after the closing parenthesis");
  return value;
}

function depth(value: Nested): number {
  return typeof value[0] === "number" ? 0 : 1 + depth((value as Nested[])[0] ?? []);
}

/** The geometry a WKT string describes, or why it is not one (EMPTY geometries are refused). */
export function parseWkt(text: string): WktGeometry | { problem: string } {
  const match = /^\s*([A-Za-z]+)\s*(?:[ZzMm]{1,2})?\s*(\(.*\))\s*$/s.exec(text);
  const type = match ? typeNames[(match[1] ?? "").toUpperCase()] : undefined;
  if (!match || !type)
    return {
      problem: `is ${JSON.stringify(text.slice(0, 60))}; expected WKT such as "POINT (131.9 43.1)" or "LINESTRING (…)"`,
    };
  try {
    const items = parseList(match[2] ?? "");
    // MULTIPOINT ((1 2), (3 4)) and MULTIPOINT (1 2, 3 4) are both written.
    const coordinates: Nested =
      type === "Point"
        ? (items[0] ?? [])
        : type === "MultiPoint"
          ? items.map((item) => (depth(item) === 1 ? ((item as Nested[])[0] ?? []) : item))
          : items;
    if (depth(coordinates) !== depthOf[type] || (coordinates as Nested[]).length === 0)
      return { problem: `is a ${match[1]} whose parentheses do not nest as that type's do` };
    return { type, coordinates } as WktGeometry;
  } catch (error) {
    return { problem: `is not readable WKT: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function positions(value: Nested): string {
  return typeof value[0] === "number"
    ? (value as Position).join(" ")
    : `(${(value as Nested[]).map(positions).join(", ")})`;
}

/** WKT for a geometry: "POINT (131.9 43.1)", "LINESTRING (130.6 42.4, 131.9 43.1)". */
export function writeWkt(geometry: WktGeometry): string {
  const name = Object.keys(typeNames).find((key) => typeNames[key] === geometry.type) ?? "GEOMETRYCOLLECTION";
  const body = positions(geometry.coordinates as Nested);
  return `${name} ${geometry.type === "Point" ? `(${body})` : body}`;
}
