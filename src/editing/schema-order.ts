import type { z } from "zod";

/** The schema under `.optional()`, `.nullable()`, `.default()` and pipes: what the value itself must be. */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let current = schema as z.ZodType & { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } };
  for (;;) {
    const { def } = current;
    if (
      (def.type === "optional" || def.type === "nullable" || def.type === "default") &&
      def.innerType !== undefined
    )
      current = def.innerType as typeof current;
    else if (def.type === "pipe" && def.in !== undefined) current = def.in as typeof current;
    else return current;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The object schemas `value` may follow: the schema itself, or the object options of a union. */
function objectShape(schema: z.ZodType | undefined): Record<string, z.ZodType> | undefined {
  if (schema === undefined) return undefined;
  const inner = unwrapSchema(schema) as z.ZodType & {
    def: { type: string; shape?: Record<string, z.ZodType>; options?: z.ZodType[] };
  };
  if (inner.def.type === "object") return inner.def.shape;
  if (inner.def.type === "union") {
    for (const option of inner.def.options ?? []) {
      const shape = objectShape(option);
      if (shape) return shape;
    }
  }
  return undefined;
}

function elementSchema(schema: z.ZodType | undefined): z.ZodType | undefined {
  if (schema === undefined) return undefined;
  const inner = unwrapSchema(schema) as z.ZodType & { def: { type: string; element?: z.ZodType } };
  return inner.def.type === "array" ? inner.def.element : undefined;
}

/**
 * `value` with its object keys in the order they will be written: the order of `template` (the committed value
 * it replaces) for keys it already had, so that a correction does not reorder the file; the schema's key order
 * for new keys, each placed after the key before it in the schema. Without a template the schema's order is used
 * throughout, so that a new feature or publication looks like its neighbours. Unknown keys go last.
 */
export function orderLikeSchema(value: unknown, schema: z.ZodType | undefined, template?: unknown): unknown {
  if (Array.isArray(value)) {
    const element = elementSchema(schema);
    const templateItems = Array.isArray(template) ? template : [];
    return value.map((item, index) => orderLikeSchema(item, element, templateItems[index]));
  }
  if (!isRecord(value)) return value;
  const shape = objectShape(schema) ?? {};
  const schemaKeys = Object.keys(shape);
  const rank = (key: string): number => {
    const index = schemaKeys.indexOf(key);
    return index === -1 ? schemaKeys.length : index;
  };
  const keys = Object.keys(value);
  const kept = isRecord(template) ? Object.keys(template).filter((key) => Object.hasOwn(value, key)) : [];
  const ordered = [...kept];
  const added = keys.filter((key) => !kept.includes(key)).sort((left, right) => rank(left) - rank(right));
  for (const key of added) {
    // After the last key already placed that comes before it in the schema; first when there is none.
    let position = 0;
    for (const [index, placed] of ordered.entries()) if (rank(placed) <= rank(key)) position = index + 1;
    ordered.splice(position, 0, key);
  }
  const templateRecord = isRecord(template) ? template : {};
  return Object.fromEntries(
    ordered.map((key) => [key, orderLikeSchema(value[key], shape[key], templateRecord[key])]),
  );
}
