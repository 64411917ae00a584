import { type ReactNode, useEffect, useRef } from "react";

type Props = {
  /**
   * How much of the map's bottom edge the sheet covers, in CSS pixels: from its top to the screen's bottom where
   * it lies over the map (a narrow screen), 0 where it stands beside it. The map keeps the selected feature above.
   */
  onInset: (pixels: number) => void;
  children: ReactNode;
};

/**
 * The sourcing column, a sheet over the lower half of the map on a narrow screen. Opening it puts the keyboard
 * on its heading; closing it gives the keyboard back to where it was (the feature table's button, say).
 */
export function SourcingSheet({ onInset, children }: Props) {
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    const sheet = ref.current;
    if (!sheet) return;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    const heading = sheet.querySelector("h2");
    // A link that opens with a feature selected leaves the keyboard at the page's start, where Tab begins.
    if (heading && opener) {
      heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
    }
    return () => {
      const focus = document.activeElement;
      const lost = focus === null || focus === document.body || sheet.contains(focus);
      if (lost && opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);

  useEffect(() => {
    const sheet = ref.current;
    if (!sheet) return;
    const report = () =>
      onInset(
        getComputedStyle(sheet).position === "fixed"
          ? document.documentElement.clientHeight - sheet.getBoundingClientRect().top
          : 0,
      );
    const observer = new ResizeObserver(report);
    observer.observe(sheet);
    report();
    return () => {
      observer.disconnect();
      onInset(0);
    };
  }, [onInset]);

  return (
    <aside ref={ref} className="details-column" aria-label="Sourcing" data-testid="sourcing-sheet">
      {children}
    </aside>
  );
}
