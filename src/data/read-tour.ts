import type { ParsedFile } from "./dataset-files.ts";
import { limits } from "./limits.ts";
import { type DataProblem, formatPath, issuesToProblems } from "./problems.ts";
import { genericErrorMap } from "./schema-messages.ts";
import { type TourRuleContext, tourStepProblems } from "./tour-rules.ts";
import { type Tour, TourFile, TourStep, tourPropertyNames } from "./tour-schema.ts";

export const tourFileName = "tour.json";

function stepLabel(raw: unknown, index: number): string {
  const id = raw !== null && typeof raw === "object" ? (raw as { id?: unknown }).id : undefined;
  return typeof id === "string" && id.length > 0 && id.length <= limits.identifierLength ? id : `#${index}`;
}

/**
 * Checks the tour against the schema and the rest of the dataset. A step with a problem is left out (and
 * reported), as invalid features are; the tour is null when no step is sound.
 */
export function readTour(
  file: ParsedFile,
  context: Omit<TourRuleContext, "file">,
  problems: DataProblem[],
): Tour | null {
  const report = (found: DataProblem[]) => {
    if (file.target) problems.push(...found);
  };
  const shell = TourFile.safeParse(file.value, { error: genericErrorMap });
  if (!shell.success) {
    report(
      issuesToProblems(shell.error.issues, {
        file: file.name,
        feature: "-",
        root: file.value,
        knownNames: tourPropertyNames,
      }),
    );
    return null;
  }
  const steps: TourStep[] = [];
  const ids = new Set<string>();
  for (const [index, raw] of shell.data.steps.entries()) {
    const label = stepLabel(raw, index);
    const parsed = TourStep.safeParse(raw, { error: genericErrorMap });
    const found = parsed.success
      ? []
      : issuesToProblems(parsed.error.issues, {
          file: file.name,
          feature: label,
          root: raw,
          pathPrefix: ["steps", index],
          knownNames: tourPropertyNames,
        });
    found.push(...tourStepProblems(raw, index, label, { ...context, file: file.name }));
    // Links and exported file names name a step by its id.
    if (ids.has(label)) {
      found.push({
        file: file.name,
        feature: label,
        path: formatPath(["steps", index, "id"]),
        message: "is already used by an earlier step; expected each step id once",
      });
    }
    if (!label.startsWith("#")) ids.add(label);
    report(found);
    if (parsed.success && found.length === 0) steps.push(parsed.data);
  }
  if (steps.length === 0) return null;
  const { title, description } = shell.data;
  return description === undefined ? { title, steps } : { title, description, steps };
}
