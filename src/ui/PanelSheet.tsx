import { type ReactNode, type RefObject, useEffect, useRef } from "react";

/** The sidebar's sections, for the jump buttons at its top: each heading's id and the button's text. */
const sections = [
  { heading: "layers-heading", label: "Layers" },
  { heading: "filters-heading", label: "Filters" },
  { heading: "legend-heading", label: "Legend" },
  { heading: "list-heading", label: "Features" },
  { heading: "import-heading", label: "Your data" },
] as const;

type Props = {
  /** On a narrow screen: the sheet is pulled up over the map. A wide screen always shows it as a sidebar. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The title, caveat and toolbar: in sight on every screen, the closed sheet's peek on a phone. */
  header: ReactNode;
  children: ReactNode;
};

/** Scrolls the sidebar (never the page) to a section and puts the keyboard there. */
function jumpTo(headingId: string) {
  const heading = document.getElementById(headingId);
  if (!heading) return;
  heading.scrollIntoView({ block: "start" });
  if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
  heading.focus({ preventScroll: true });
}

/**
 * The closed sheet's height as `--sheet-peek` on the page, for what sits at the map's bottom edge (the scale bar,
 * the attribution) to stay above it; 0 where the panels are a sidebar.
 */
function usePeekHeight(sheet: RefObject<HTMLElement | null>, open: boolean) {
  useEffect(() => {
    const element = sheet.current;
    if (!element || open) return;
    const root = document.documentElement;
    const report = () => {
      const overMap = getComputedStyle(element).position === "fixed";
      root.style.setProperty("--sheet-peek", `${overMap ? Math.ceil(element.offsetHeight) : 0}px`);
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => observer.disconnect();
  }, [sheet, open]);
}

/**
 * The panels: a sidebar beside the map on a wide screen; below 800 px a bottom sheet over the map, closed to a
 * peek with the title and a handle. Buttons at the top reach each section without scrolling past the others,
 * and a skip link (the page's first stop for Tab) goes straight to the feature table.
 */
export function PanelSheet({ open, onOpenChange, header, children }: Props) {
  // A jump asked for while the sheet was closed waits for the sheet to open.
  const pendingJump = useRef<string | null>(null);
  useEffect(() => {
    if (!open || !pendingJump.current) return;
    jumpTo(pendingJump.current);
    pendingJump.current = null;
  }, [open]);
  const jump = (headingId: string) => {
    if (open) jumpTo(headingId);
    else {
      pendingJump.current = headingId;
      onOpenChange(true);
    }
  };

  const sheet = useRef<HTMLElement>(null);
  usePeekHeight(sheet, open);

  return (
    <aside
      ref={sheet}
      className={`sidebar ${open ? "sheet-open" : "sheet-closed"}`}
      aria-label="Layers, filters and legend"
      data-testid="panel-sheet"
    >
      <button type="button" className="skip-link" onClick={() => jump("list-heading")}>
        Skip to the feature table
      </button>
      <div className="sheet-bar">
        <button
          type="button"
          className="sheet-handle"
          aria-expanded={open}
          aria-controls="sheet-content"
          onClick={() => onOpenChange(!open)}
        >
          <span className="grip" aria-hidden="true" />
          {open ? "Hide layers, filters and legend" : "Layers, filters, legend, features"}
        </button>
        {open && (
          <button
            type="button"
            className="sheet-close"
            aria-label="Close the panels"
            onClick={() => onOpenChange(false)}
          >
            ×
          </button>
        )}
      </div>
      {header}
      <div id="sheet-content" className="sheet-content">
        <nav className="section-jumps" aria-label="Sections of the panel">
          {sections.map((section) => (
            <button key={section.heading} type="button" onClick={() => jump(section.heading)}>
              {section.label}
            </button>
          ))}
        </nav>
        {children}
      </div>
    </aside>
  );
}
