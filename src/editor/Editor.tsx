import type { Map as MaplibreMap } from "maplibre-gl";
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { EditsStore } from "../editing/edits-store.ts";
import {
  emptyFeatureProperties,
  type FormField,
  featureFields,
  formToPublication,
  propertiesToForm,
  publicationToForm,
} from "../editing/form-fields.ts";
import { addPublication, searchPublications } from "../editing/publications.ts";
import type { DatasetTexts, FormValues, LocalEdits } from "../editing/types.ts";
import { placePointsFrom } from "../routing/snap.ts";
import { type DrawingSession, type DrawnGeometry, startDrawing } from "./drawing/drawing-session.ts";
import { ExportChanges } from "./ExportChanges.tsx";
import { editsStore, shippedTexts } from "./editor-model.ts";
import { FieldProblems } from "./FieldProblems.tsx";
import { Field, type FormContext } from "./FormFields.tsx";
import { firstProblemElement } from "./field-ids.ts";
import { GeometryTools } from "./GeometryTools.tsx";
import { NewPublicationForm, type PublicationOutcome } from "./NewPublicationForm.tsx";
import { findFeature, layerFiles, publicationsOf } from "./shipped-data.ts";
import { useWorkingCopy } from "./use-working-copy.ts";
import {
  type CheckResult,
  checkWorkingCopy,
  editsWith,
  idOf,
  type NewPublication,
  type WorkingCopy,
} from "./working-copy.ts";
import "./editor.css";

export type EditorProps = {
  /** The live map, for drawing on it. */
  map: MaplibreMap | null;
  /** The feature to edit; null opens a new feature (or the draft left unsaved). */
  featureId: string | null;
  onClose: () => void;
  /** Edits were saved (or reloaded from another tab): the map shows them; `featureId` was just saved. */
  onSaved: (edits: LocalEdits, featureId: string | null) => void;
};

type Loaded = { shipped: DatasetTexts; store: EditsStore; edits: LocalEdits; revision: number };
type Conflict = { text: string; pending: LocalEdits | null };

const checkDelay = 300;
/** Where the draft keeps the publications added in the editor and not yet saved. */
const draftPublicationsKey = "(new publications)";

/** A new feature's id may be left empty: it is then made from the title (`idOf`). */
const newFeatureId = (field: FormField): FormField => ({
  ...field,
  required: false,
  help: `Made from the title when left empty. ${field.help ?? ""}`.trim(),
});

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit"].includes(target.type)
  );
}

function problemCount(check: CheckResult): number {
  let count = check.others.length;
  for (const messages of check.fields.values()) count += messages.length;
  return count;
}

/**
 * The analyst's editor: a new feature or a correction of a shipped one, drawn on the map or built from named
 * places, its sourcing in a form generated from the schema and checked as `npm run validate` checks it. Every
 * change is kept as a draft at once (a reload loses nothing); only a save with no problem reaches the map.
 */
export default function Editor({ map, featureId, onClose, onSaved }: EditorProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [initial, setInitial] = useState<WorkingCopy | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [newFile, setNewFile] = useState("");
  const [pending, setPending] = useState<NewPublication[]>([]);
  const [check, setCheck] = useState<CheckResult>({ fields: new Map(), others: [] });
  const [status, setStatus] = useState("");
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const session = useRef<DrawingSession | null>(null);
  const root = useRef<HTMLElement>(null);
  const focusProblem = useRef(false);

  const [drawingNote, setDrawingNote] = useState<string | null>(null);
  // A geometry the drawing cannot show (a line of one point, kept so that nothing typed or drawn is lost) stays
  // in the working copy, where the validator names its problem; the map shows nothing to reshape.
  const show = useCallback((target: DrawingSession | null, geometry: DrawnGeometry | null) => {
    try {
      target?.load(geometry);
      setDrawingNote(null);
    } catch (error) {
      target?.load(null);
      setDrawingNote(
        `The map cannot show this geometry to reshape (${error instanceof Error ? error.message : String(error)}): draw it again or build it from places.`,
      );
    }
  }, []);
  const restore = useCallback((working: WorkingCopy) => show(session.current, working.geometry), [show]);
  const copy = useWorkingCopy(initial, restore);
  const { working } = copy;

  useEffect(() => {
    let current = true;
    Promise.all([shippedTexts(), editsStore()])
      .then(async ([shipped, store]) => {
        const { edits, draft, revision } = await store.load();
        if (!current) return;
        setLoaded({ shipped, store, edits, revision });
        const { [draftPublicationsKey]: keptPublications, ...values } = draft?.properties ?? {};
        const fromDraft: WorkingCopy | null = draft
          ? {
              featureId: draft.featureId,
              file: draft.file,
              values,
              geometry: draft.geometry as DrawnGeometry | null,
            }
          : null;
        if (featureId === null || draft?.featureId === featureId) {
          if (fromDraft) setStatus("Your unsaved draft is back.");
          if (Array.isArray(keptPublications))
            setPending(
              (keptPublications as FormValues[]).map(
                (publication) => formToPublication(publication) as NewPublication,
              ),
            );
          setInitial(fromDraft);
          return;
        }
        const found = findFeature(shipped, edits, featureId);
        if (!found) throw new Error(`No feature "${featureId}" in the shipped files or your edits`);
        setInitial({
          featureId,
          file: found.file,
          values: propertiesToForm(found.feature.properties),
          geometry: found.feature.geometry as DrawnGeometry | null,
        });
      })
      .catch((error: unknown) => {
        if (current) setFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      current = false;
    };
  }, [featureId]);

  // The keyboard starts at the editor's heading once it has loaded.
  const ready = loaded !== null;
  useEffect(() => {
    if (ready) root.current?.querySelector<HTMLElement>("#editor-heading")?.focus();
  }, [ready]);

  const store = loaded?.store;
  useEffect(
    () =>
      store?.onChangedElsewhere(() =>
        setConflict({ text: "Another tab saved edits since this one loaded them.", pending: null }),
      ),
    [store],
  );

  const places = useMemo(() => {
    const text = loaded?.shipped["places.geojson"];
    return text ? placePointsFrom(JSON.parse(text)) : [];
  }, [loaded]);
  const files = useMemo(() => (loaded ? layerFiles(loaded.shipped) : []), [loaded]);
  const registry = useMemo(
    () => (loaded ? publicationsOf(loaded.shipped, loaded.edits, pending) : []),
    [loaded, pending],
  );

  // Drawing lives as long as the editor has a feature open.
  const drawing = working !== null;
  useEffect(() => {
    if (!map || !drawing || places.length === 0) return;
    const started = startDrawing(map, { places, onChange: (geometry) => copy.setGeometry(geometry) });
    show(started, copy.latest.current?.geometry ?? null);
    session.current = started;
    return () => {
      started.destroy();
      session.current = null;
    };
  }, [map, drawing, places, copy.setGeometry, copy.latest, show]);

  // The draft is kept on every change; a reload or a closed tab loses nothing.
  useEffect(() => {
    if (!store || !working) return;
    // Publications added but not yet saved ride along in the draft, under a key no form field has.
    const publications = pending.map((publication) => publicationToForm(publication));
    void store.saveDraft({
      featureId: working.featureId,
      file: working.file,
      properties:
        publications.length > 0
          ? { ...working.values, [draftPublicationsKey]: publications }
          : working.values,
      geometry: working.geometry,
    });
  }, [store, working, pending]);

  // The validator's messages follow the typing, once it pauses.
  useEffect(() => {
    if (!loaded || !working) return;
    const timer = setTimeout(
      () => setCheck(checkWorkingCopy(loaded.shipped, loaded.edits, working, pending)),
      checkDelay,
    );
    return () => clearTimeout(timer);
  }, [loaded, working, pending]);

  useEffect(() => {
    if (!focusProblem.current || !root.current) return;
    focusProblem.current = false;
    const keys = [...check.fields.keys()];
    const target =
      firstProblemElement(root.current, keys) ?? root.current.querySelector<HTMLElement>(".other-problems");
    target?.focus();
  }, [check]);

  const persist = async (edits: LocalEdits, expected: number, overwrite: boolean) => {
    if (!loaded) return;
    const outcome = await loaded.store.saveEdits(
      edits,
      expected,
      overwrite ? { overwrite: true } : undefined,
    );
    if (!outcome.ok) {
      setConflict({
        text: `Not saved: another tab saved edits at ${outcome.conflict.savedAt}.`,
        pending: edits,
      });
      return false;
    }
    setLoaded({ ...loaded, edits, revision: outcome.revision });
    return true;
  };

  const save = async () => {
    if (!loaded || !copy.latest.current) return;
    const current = copy.latest.current;
    const result = checkWorkingCopy(loaded.shipped, loaded.edits, current, pending);
    focusProblem.current = true;
    setCheck(result);
    const count = problemCount(result);
    if (count > 0) {
      setStatus(`Not saved: ${count} problem${count === 1 ? "" : "s"} to fix first.`);
      return;
    }
    const edits = editsWith(loaded.edits, current, pending, new Date().toISOString());
    if (!(await persist(edits, loaded.revision, false))) return;
    await loaded.store.saveDraft(null);
    setPending([]);
    setStatus(`Saved "${idOf(current)}".`);
    onSaved(edits, idOf(current));
  };

  const reloadEdits = async () => {
    if (!loaded) return;
    const { edits, revision } = await loaded.store.load();
    setLoaded({ ...loaded, edits, revision });
    setConflict(null);
    onSaved(edits, null);
  };

  const overwrite = async () => {
    if (!loaded || !conflict?.pending || !copy.latest.current) return;
    const saved = copy.latest.current;
    if (await persist(conflict.pending, loaded.revision, true)) {
      setConflict(null);
      await loaded.store.saveDraft(null);
      onSaved(conflict.pending, idOf(saved));
    }
  };

  const addNewPublication = (draft: Record<string, unknown>): PublicationOutcome => {
    if (!loaded) return { ok: false };
    const added = addPublication(registry, draft);
    if ("problems" in added)
      return {
        ok: false,
        fields: added.problems,
        ...(added.duplicateOf
          ? { message: `This publication is already listed as "${added.duplicateOf}": cite that one.` }
          : {}),
      };
    setPending((current) => [...current, { ...added.publication, id: added.id }]);
    return { ok: true, id: added.id };
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || isTextEntry(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === "z" || key === "y") {
      event.preventDefault();
      if (key === "y" || event.shiftKey) copy.redo();
      else copy.undo();
    }
  };

  const context: FormContext = {
    problems: check.fields,
    searchPublications: (query) =>
      searchPublications(registry, query).map((publication) => ({
        id: publication.id,
        text: `${publication.publisher}: ${publication.title} (${publication.published}) · ${publication.id}`,
      })),
    onChange: copy.setValue,
  };

  const startNew = () => {
    const file = newFile || files[0]?.file;
    if (!file) return;
    copy.replace({ featureId: null, file, values: emptyFeatureProperties(), geometry: null });
    show(session.current, null);
    setStatus("");
  };

  const layerTitle = files.find((layer) => layer.file === working?.file)?.title ?? working?.file;

  return (
    <aside
      className="editor"
      aria-labelledby="editor-heading"
      data-testid="editor"
      data-ready={loaded ? "true" : undefined}
      ref={root}
      onKeyDown={onKeyDown}
    >
      <div className="section-header">
        <h2 id="editor-heading" tabIndex={-1}>
          {working ? (working.featureId ? `Edit: ${working.featureId}` : "New feature") : "Edit data"}
        </h2>
        <button type="button" onClick={onClose} aria-label="Close the editor">
          ×
        </button>
      </div>
      {failure && (
        <p className="warning" role="alert">
          The editor could not open: {failure}
        </p>
      )}
      {!loaded && !failure && <p className="muted">Loading the editor…</p>}
      {conflict && (
        <div className="warning" role="alert">
          <p>{conflict.text}</p>
          <button type="button" onClick={() => void reloadEdits()}>
            Reload the saved edits
          </button>
          {conflict.pending && (
            <button type="button" onClick={() => void overwrite()}>
              Overwrite them with mine
            </button>
          )}
        </div>
      )}
      {loaded && (
        <fieldset className="editor-start">
          <legend className="visually-hidden">New feature</legend>
          <label htmlFor="editor-layer-file">Layer file for a new feature</label>
          <select id="editor-layer-file" value={newFile} onChange={(event) => setNewFile(event.target.value)}>
            {files.map((layer) => (
              <option key={layer.file} value={layer.file}>
                {layer.title} ({layer.file})
              </option>
            ))}
          </select>
          <button type="button" onClick={startNew}>
            New feature
          </button>
        </fieldset>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {status && <p className="notice">{status}</p>}
      {loaded && working && (
        <>
          <p className="muted">
            Layer: {layerTitle}. Changes are kept as a draft as you go; the map shows them once saved.
          </p>
          <fieldset className="editor-actions">
            <legend className="visually-hidden">History</legend>
            <button type="button" onClick={copy.undo} disabled={!copy.canUndo}>
              Undo
            </button>
            <button type="button" onClick={copy.redo} disabled={!copy.canRedo}>
              Redo
            </button>
          </fieldset>
          <GeometryTools
            session={session}
            geometry={working.geometry}
            note={drawingNote}
            problems={check.fields.get("geometry")}
            places={places}
            waypoints={Array.isArray(working.values.waypoints) ? (working.values.waypoints as string[]) : []}
            onRoute={(route) => {
              copy.update((current) => ({
                ...current,
                geometry: route.geometry,
                values: {
                  ...current.values,
                  waypoints: route.waypoints,
                  location_note: route.legNotes.join(" "),
                  geometry_precision: route.schematic
                    ? "schematic"
                    : (current.values.geometry_precision as string) || "approximate",
                },
              }));
              show(session.current, route.geometry);
            }}
          />
          <section className="editor-form" aria-labelledby="editor-properties-heading">
            <h3 id="editor-properties-heading">Claim and sourcing</h3>
            <FieldProblems fieldKey="" messages={check.fields.get("")} />
            {featureFields.map((field) => (
              <Field
                key={field.key}
                field={field.key === "id" && working.featureId === null ? newFeatureId(field) : field}
                fieldKey={field.key}
                value={working.values[field.key]}
                context={context}
              />
            ))}
          </section>
          <NewPublicationForm onAdd={addNewPublication} />
          {check.others.length > 0 && (
            <ul className="field-problems other-problems" tabIndex={-1} aria-label="Other problems">
              {check.others.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <div className="editor-actions">
            <button type="button" className="primary" onClick={() => void save()}>
              Save
            </button>
          </div>
        </>
      )}
      {loaded && <ExportChanges shipped={loaded.shipped} edits={loaded.edits} />}
    </aside>
  );
}
