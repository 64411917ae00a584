import { expect, test } from "vitest";
import { limits, routeModes } from "../../../src/data/index.ts";
import {
  emptyFeatureProperties,
  featureFields,
  formToProperties,
  formToPublication,
  propertiesToForm,
  publicationFields,
  publicationToForm,
} from "../../../src/editing/form-fields.ts";
import type { FormValues } from "../../../src/editing/types.ts";
import { readShippedTexts } from "../../support/shipped-texts.ts";

const shipped = readShippedTexts();
const routeFeatures = Object.entries(shipped)
  .filter(([name]) => name.endsWith(".geojson") && name !== "places.geojson")
  .flatMap(([name, text]) =>
    (JSON.parse(text) as { features: { properties: Record<string, unknown> }[] }).features.map(
      (feature) => [`${name} ${feature.properties.id}`, feature.properties] as const,
    ),
  );

test("the fields follow the schema: keys in order, kinds, caps, enum options and list items", () => {
  expect(featureFields.map((field) => field.key)).toEqual([
    "id",
    "title",
    "claim",
    "status",
    "confidence",
    "confidence_note",
    "citations",
    "period.start",
    "period.end",
    "geometry_precision",
    "responses",
    "figures",
    "discrepancies",
    "mode",
    "waypoints",
    "location_note",
    "notes",
  ]);
  const byKey = new Map(featureFields.map((field) => [field.key, field]));
  expect(byKey.get("title")).toMatchObject({ kind: "text", required: true, maxLength: limits.titleLength });
  expect(byKey.get("claim")).toMatchObject({ kind: "textarea", maxLength: limits.claimLength });
  expect(byKey.get("mode")).toMatchObject({ kind: "enum", required: false, options: routeModes });
  expect(byKey.get("period.start")).toMatchObject({ kind: "date", required: true });
  expect(byKey.get("period.end")).toMatchObject({ kind: "date", required: false });
  expect(byKey.get("waypoints")).toMatchObject({ kind: "string-list", refersTo: "place" });
  const citations = byKey.get("citations");
  expect(citations).toMatchObject({ kind: "list", required: true, minLength: 1 });
  expect(citations?.fields?.map((field) => [field.key, field.kind, field.required])).toEqual([
    ["publication", "text", true],
    ["claimant", "text", false],
    ["quote", "textarea", false],
    ["note", "textarea", false],
  ]);
  expect(citations?.fields?.[0]?.refersTo).toBe("publication");
  expect(citations?.fields?.[2]?.maxLength).toBe(limits.quoteLength);
  const figures = byKey.get("figures")?.fields ?? [];
  expect(figures.find((field) => field.key === "amount")?.kind).toBe("amount");
  expect(figures.find((field) => field.key === "as_of")?.kind).toBe("date");
  const responses = byKey.get("responses")?.fields ?? [];
  expect(responses.find((field) => field.key === "citations")?.kind).toBe("list");
  expect(publicationFields.find((field) => field.key === "title_is_description")?.kind).toBe("boolean");
  expect(publicationFields.find((field) => field.key === "reliability")?.options).toEqual([
    "A",
    "B",
    "C",
    "D",
    "E",
    "F",
  ]);
});

test.each(routeFeatures)("%s: properties → form → properties is exact", (_name, properties) => {
  expect(formToProperties(propertiesToForm(properties))).toStrictEqual(properties);
});

test("every shipped publication round-trips through its form", () => {
  const { publications } = JSON.parse(shipped["publications.json"] as string) as {
    publications: Record<string, unknown>[];
  };
  for (const publication of publications)
    expect(formToPublication(publicationToForm(publication))).toStrictEqual(publication);
});

test("empty optional inputs and empty lists are left out; amounts become numbers or ranges", () => {
  const values: FormValues = {
    ...emptyFeatureProperties(),
    title: "A fictional title",
    "period.start": "2024-05",
    waypoints: ["", ""],
    figures: [
      { amount: "5000", unit: "containers", qualifier: "" },
      { amount: "1000–2000", unit: "shells" },
      { amount: "about ten", unit: "shells" },
    ],
  };
  expect(formToProperties(values)).toStrictEqual({
    title: "A fictional title",
    citations: [{}],
    period: { start: "2024-05" },
    figures: [
      { amount: 5000, unit: "containers" },
      { amount: { min: 1000, max: 2000 }, unit: "shells" },
      { amount: "about ten", unit: "shells" },
    ],
  });
});
