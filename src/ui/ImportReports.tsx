import type { ImportReport } from "../import/import-report.ts";

function ProblemList({ problems, count }: { problems: string[]; count: number }) {
  return (
    <>
      <ul className="import-problems">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      {count > problems.length && <p className="muted">…and {count - problems.length} more.</p>}
    </>
  );
}

/**
 * What became of each file. A refused file or feature is an alert naming the file, the feature and the field; a
 * file imported with warnings only (unsourced features, a swapped pair) is a status, its warnings folded away.
 */
export function ImportReports({ reports, onDismiss }: { reports: ImportReport[]; onDismiss: () => void }) {
  if (reports.length === 0) return null;
  return (
    <div className="import-reports" data-testid="import-reports">
      {reports.map((report, index) => {
        const alarming =
          report.outcome === "rejected" || report.outcome === "failed" || report.errorCount > 0;
        return (
          <div
            // Reports have no id of their own; the same file may be reported twice. The list only grows.
            // biome-ignore lint/suspicious/noArrayIndexKey: appended to, never reordered.
            key={index}
            className={`import-report ${report.outcome}`}
            role={alarming ? "alert" : "status"}
          >
            <p className="import-headline">{report.headline}</p>
            {report.errors.length > 0 && <ProblemList problems={report.errors} count={report.errorCount} />}
            {report.warningCount > 0 && (
              <details>
                <summary>
                  {report.warningCount} warning{report.warningCount === 1 ? "" : "s"}
                  {report.summary && report.summary.unsourced > 0
                    ? ` (${report.summary.unsourced} unsourced feature${report.summary.unsourced === 1 ? "" : "s"}, shown grey)`
                    : ""}
                </summary>
                <ProblemList problems={report.warnings} count={report.warningCount} />
              </details>
            )}
          </div>
        );
      })}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
