import { citationText } from "../export/source-list.ts";
import type { CitationRecord, FeatureRecord } from "../state/feature-record.ts";
import type { NumberedSource, NumberedView } from "../state/source-numbering.ts";

function numberOf(numbered: NumberedView, citation: CitationRecord): string {
  const entry = numbered.sources.find((source) => source.citation.publicationId === citation.publicationId);
  return entry ? `[${entry.number}]` : "[not numbered]";
}

function citationLines(numbered: NumberedView, citation: CitationRecord, indent: string): string[] {
  const lines = [`${indent}${numberOf(numbered, citation)} ${citationText(citation)}`];
  lines.push(`${indent}    Link: ${citation.url ?? "none on record"}`);
  if (citation.claimant) lines.push(`${indent}    Claimed by: ${citation.claimant}`);
  if (citation.quote) lines.push(`${indent}    Quote: “${citation.quote}”`);
  if (citation.note) lines.push(`${indent}    Note: ${citation.note}`);
  return lines;
}

function claimLines(numbered: NumberedView, feature: FeatureRecord): string[] {
  const grade = [
    feature.status ?? "status not given",
    feature.confidence ? `${feature.confidence} confidence` : "confidence not given",
  ];
  const lines = [`• ${feature.title} — ${grade.join(", ")}`, `  Claim: ${feature.claim}`];
  if (feature.confidenceNote) lines.push(`  Why this confidence: ${feature.confidenceNote}`);
  if (feature.geometryPrecision)
    lines.push(
      `  Geometry: ${feature.geometryPrecision}${feature.locationNote ? ` — ${feature.locationNote}` : ""}`,
    );
  for (const figure of feature.figures) {
    lines.push(
      `  Reported: ${figure.amount} ${figure.unit} — ${figure.counts} (as of ${figure.asOf}; ${figure.claimant}; ${figure.publicationLine})`,
    );
  }
  lines.push("  Sources:");
  for (const citation of feature.citations) lines.push(...citationLines(numbered, citation, "    "));
  for (const response of feature.responses) {
    lines.push(
      `  Response: ${response.kindLabel} — ${response.who}, ${response.date}${response.text ? `: ${response.text}` : ""}`,
    );
    for (const citation of response.citations) lines.push(...citationLines(numbered, citation, "    "));
  }
  return lines;
}

/**
 * A map page's speaker notes: the step's text, then every claim drawn with its status and confidence, and each
 * of its citations in full (link, claimant, quote), numbered as the map's markers.
 */
export function viewNotes(
  view: { title: string; text?: string; textSources?: readonly NumberedSource[] },
  features: readonly FeatureRecord[],
  numbered: NumberedView,
): string {
  const lines = [view.title];
  if (view.text) lines.push("", view.text);
  if (view.textSources && view.textSources.length > 0) {
    lines.push("", "The text's sources:");
    for (const source of view.textSources) {
      lines.push(...citationLines({ sources: [source], byFeature: new Map() }, source.citation, "  "));
    }
  }
  lines.push("", `Claims shown (${features.length}):`);
  for (const feature of features) lines.push(...claimLines(numbered, feature));
  if (features.length === 0) lines.push("None: no sourced feature is drawn in this view.");
  return lines.join("\n");
}
