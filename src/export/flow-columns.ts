/** An item placed by `flowIntoColumns`: its index and its top within the column. */
export type Placed = { item: number; y: number };

/** Pages of columns of placed items: `pages[0]` is the page the list starts on. */
export type Flow = Placed[][][];

/**
 * Flows items of the given heights, in order, down the columns of the first page, then down the columns of as
 * many continuation pages as they need: no item is ever dropped. An item taller than an empty column is placed
 * alone at its top (the caller sizes columns so that no single source is that tall).
 */
export function flowIntoColumns(
  heights: readonly number[],
  columns: { first: readonly number[]; continuation: readonly number[] },
  gap: number,
): Flow {
  if (columns.continuation.length === 0 && heights.length > 0) {
    throw new Error("A list that may overflow needs continuation columns");
  }
  const pages: Flow = [columns.first.map(() => [])];
  let page = 0;
  let column = 0;
  let y = 0;
  const capacity = () => (page === 0 ? columns.first : columns.continuation)[column];
  const advance = () => {
    column += 1;
    y = 0;
    if (column >= (page === 0 ? columns.first : columns.continuation).length) {
      page += 1;
      column = 0;
      pages.push(columns.continuation.map(() => []));
    }
  };
  if (columns.first.length === 0) {
    page = 1;
    pages.push(columns.continuation.map(() => []));
  }
  for (const [item, height] of heights.entries()) {
    for (;;) {
      const room = capacity() ?? 0;
      const empty = y === 0;
      if (y + height <= room || (empty && page > 0)) break;
      advance();
    }
    pages[page]?.[column]?.push({ item, y });
    y += height + gap;
  }
  // A first page that the list never reached keeps its (empty) columns; trailing empty pages are not made.
  return pages;
}
