import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { DeckFormat } from "../deck/deck-export.ts";
import type { PageSizeId } from "../deck/page-elements.ts";
import type { ExportRequest, ExportResult } from "../export/briefing-export.ts";
import { customLimits, type ExportPresetId, exportPresets } from "../export/export-sizes.ts";
import { PageSizeSelect } from "./PageSizeSelect.tsx";

type Props = {
  defaults: { title: string; subtitle: string; caveat: string; dateStamp: string };
  onExport: (request: ExportRequest) => Promise<ExportResult>;
  /** The view as a slide deck or a PDF: cover, how to read it, the map with its sources, every source in full. */
  onExportDeck: (
    format: DeckFormat,
    pageSize: PageSizeId,
    text: { title: string; subtitle: string; caveat: string },
  ) => Promise<Blob>;
  /** Loads the map for the export the dialog would make now, ahead of the click; null lets go of it. */
  onPrepare?: (request: ExportRequest | null) => void;
  onClose: () => void;
};

const switches = [
  ["legend", "Legend"],
  ["sources", "Source list"],
  ["scaleBar", "Scale bar"],
  ["northArrow", "North arrow"],
  ["dateStamp", "Date stamp"],
  ["attribution", "Attribution"],
] as const;

type Show = ExportRequest["show"];

/** The picture's file name, or with `sources` that of its n-th "Sources, continued" picture. */
export function fileNameFor(
  result: { width: number; height: number },
  dateStamp: string,
  sources = 0,
): string {
  const suffix = sources > 0 ? `-sources-${sources}` : "";
  return `dprk-russia-supply-routes-${dateStamp}-${result.width}x${result.height}${suffix}.png`;
}

type Saved = { url: string; name: string };

function save(file: Saved): void {
  const link = document.createElement("a");
  link.href = file.url;
  link.download = file.name;
  link.click();
}

export function ExportDialog({ defaults, onExport, onExportDeck, onPrepare, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [preset, setPreset] = useState<ExportPresetId>("slide-16-9");
  const [custom, setCustom] = useState({ width: 1920, height: 1080 });
  const [scale, setScale] = useState(1);
  const [title, setTitle] = useState(defaults.title);
  const [subtitle, setSubtitle] = useState(defaults.subtitle);
  const [caveat, setCaveat] = useState(defaults.caveat);
  const [pageSize, setPageSize] = useState<PageSizeId>("a4-landscape");
  const [show, setShow] = useState<Show>({
    legend: true,
    sources: true,
    scaleBar: true,
    northArrow: true,
    dateStamp: true,
    attribution: true,
  });
  const [status, setStatus] = useState<{ kind: "idle" | "working" | "done" | "error"; message?: string }>({
    kind: "idle",
  });
  const [result, setResult] = useState<(Saved & { blob: Blob; continuation: Saved[] }) | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  useEffect(
    () => () => {
      for (const file of result ? [result, ...result.continuation] : []) URL.revokeObjectURL(file.url);
    },
    [result],
  );

  const size =
    preset === "custom" ? custom : (exportPresets.find((item) => item.id === preset) ?? exportPresets[0]);

  const request = (): ExportRequest => ({
    width: size.width,
    height: size.height,
    scale,
    title,
    subtitle,
    caveat,
    dateStamp: defaults.dateStamp,
    show,
  });
  const prepare = useEffectEvent((next: ExportRequest | null) => onPrepare?.(next));
  const [exports, setExports] = useState(0);
  const working = status.kind === "working";
  // biome-ignore lint/correctness/useExhaustiveDependencies: what the map depends on; again after each export.
  useEffect(() => {
    if (working) return;
    // Not on every keystroke of a custom size.
    const delay = preset === "custom" ? 400 : 0;
    const timer = setTimeout(() => prepare(request()), delay);
    return () => clearTimeout(timer);
  }, [size.width, size.height, scale, show.legend, show.sources, exports, working]);
  useEffect(() => () => prepare(null), []);

  async function render(): Promise<void> {
    setStatus({ kind: "working", message: "Rendering the map at full resolution…" });
    try {
      const exported = await onExport(request());
      const url = URL.createObjectURL(exported.blob);
      const name = fileNameFor(exported, defaults.dateStamp);
      const continuation = exported.continuation.map((blob, index) => ({
        url: URL.createObjectURL(blob),
        name: fileNameFor(exported, defaults.dateStamp, index + 1),
      }));
      setResult({ url, name, blob: exported.blob, continuation });
      const more = continuation.length;
      const sources = more > 0 ? ` Its sources continue on ${more} more picture${more > 1 ? "s" : ""}.` : "";
      setStatus({
        kind: "done",
        message: `${exported.width} × ${exported.height} PNG ready.${sources}${exported.message ? ` ${exported.message}` : ""}`,
      });
      // One file at a time: a browser may drop or merge downloads started in the same instant.
      for (const [index, file] of [{ url, name }, ...continuation].entries()) {
        setTimeout(() => save(file), index * 500);
      }
    } catch (error) {
      setStatus({ kind: "error", message: error instanceof Error ? error.message : String(error) });
    } finally {
      setExports((count) => count + 1);
    }
  }

  async function deliver(format: DeckFormat): Promise<void> {
    const what = format === "pptx" ? "slide deck" : "PDF";
    setStatus({
      kind: "working",
      message: `Making the ${what}: drawing the map and laying out its sources…`,
    });
    try {
      const blob = await onExportDeck(format, pageSize, { title, subtitle, caveat });
      const name = `dprk-russia-supply-routes-${defaults.dateStamp}.${format}`;
      save({ url: URL.createObjectURL(blob), name });
      setStatus({ kind: "done", message: `Saved ${name}.` });
    } catch (error) {
      setStatus({ kind: "error", message: error instanceof Error ? error.message : String(error) });
    } finally {
      setExports((count) => count + 1);
    }
  }

  async function copy(): Promise<void> {
    if (!result) return;
    try {
      await navigator.clipboard.write([new ClipboardItem({ "image/png": result.blob })]);
      setStatus({ kind: "done", message: "Copied to the clipboard." });
    } catch (error) {
      setStatus({ kind: "error", message: `The browser did not allow copying: ${String(error)}` });
    }
  }

  const canCopy = typeof ClipboardItem !== "undefined" && Boolean(navigator.clipboard?.write);

  return (
    <dialog ref={dialogRef} className="export-dialog" aria-labelledby="export-heading" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void render();
        }}
      >
        <h2 id="export-heading">Export a briefing picture</h2>
        <label>
          Size
          <select
            aria-label="Size"
            value={preset}
            onChange={(event) => setPreset(event.currentTarget.value as ExportPresetId)}
          >
            {exportPresets.map((item) => (
              <option key={item.id} value={item.id}>
                {item.label}
              </option>
            ))}
            <option value="custom">Custom</option>
          </select>
        </label>
        {preset === "custom" && (
          <div className="custom-size">
            <label>
              Width
              <input
                type="number"
                min={customLimits.min}
                max={customLimits.max}
                value={custom.width}
                onChange={(event) => setCustom({ ...custom, width: Number(event.currentTarget.value) })}
              />
            </label>
            <label>
              Height
              <input
                type="number"
                min={customLimits.min}
                max={customLimits.max}
                value={custom.height}
                onChange={(event) => setCustom({ ...custom, height: Number(event.currentTarget.value) })}
              />
            </label>
          </div>
        )}
        <label>
          Scale
          <select
            aria-label="Scale"
            value={scale}
            onChange={(event) => setScale(Number(event.currentTarget.value))}
          >
            <option value={1}>1×</option>
            <option value={1.5}>1.5×</option>
            <option value={2}>2×</option>
            <option value={3}>3×</option>
          </select>
        </label>
        <label>
          Title
          <input aria-label="Title" value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
        </label>
        <label>
          Subtitle
          <input
            aria-label="Subtitle"
            value={subtitle}
            onChange={(event) => setSubtitle(event.currentTarget.value)}
          />
        </label>
        <label>
          Caveat
          <input
            aria-label="Caveat"
            value={caveat}
            onChange={(event) => setCaveat(event.currentTarget.value)}
          />
        </label>
        <fieldset className="switches">
          <legend>Include</legend>
          {switches.map(([key, label]) => (
            <label key={key}>
              <input
                type="checkbox"
                checked={show[key]}
                onChange={(event) => setShow({ ...show, [key]: event.currentTarget.checked })}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <fieldset className="deliverables">
          <legend>Slide deck and PDF</legend>
          <p className="hint">
            With the title, subtitle and caveat above: a cover, how to read the map, the map with every source
            numbered, and every source in full with its link.
          </p>
          <PageSizeSelect label="PDF page size" value={pageSize} onChange={setPageSize} />
          <div className="button-row">
            <button type="button" disabled={working} onClick={() => void deliver("pptx")}>
              Slide deck
            </button>
            <button type="button" disabled={working} onClick={() => void deliver("pdf")}>
              PDF
            </button>
          </div>
        </fieldset>
        <p className={`export-status ${status.kind}`} role={status.kind === "error" ? "alert" : "status"}>
          {status.message}
        </p>
        <div className="button-row">
          <button type="submit" disabled={status.kind === "working"}>
            Download PNG
          </button>
          {result && canCopy && (
            <button type="button" onClick={() => void copy()}>
              Copy to clipboard
            </button>
          )}
          {result && (
            <a href={result.url} download={result.name} data-testid="export-download">
              Save again
            </a>
          )}
          {result?.continuation.map((file, index) => (
            <a key={file.name} href={file.url} download={file.name} data-testid="export-download-sources">
              Sources, continued{result.continuation.length > 1 ? ` (${index + 1})` : ""}
            </a>
          ))}
          <button type="button" onClick={() => dialogRef.current?.close()}>
            Close
          </button>
        </div>
      </form>
    </dialog>
  );
}
