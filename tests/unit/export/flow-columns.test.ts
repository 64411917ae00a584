import { describe, expect, it } from "vitest";
import { flowIntoColumns } from "../../../src/export/flow-columns.ts";

/** Heights like source entries: one to four lines of 12 points. */
function entries(count: number): number[] {
  return Array.from({ length: count }, (_, index) => 12 * (1 + ((index * 7) % 4)));
}

function check(heights: number[], columns: { first: number[]; continuation: number[] }, gap: number) {
  const flow = flowIntoColumns(heights, columns, gap);
  const order = flow.flat(2).map((placed) => placed.item);
  expect(order).toEqual(heights.map((_, index) => index));
  for (const [page, pageColumns] of flow.entries()) {
    const capacities = page === 0 ? columns.first : columns.continuation;
    for (const [column, placed] of pageColumns.entries()) {
      const capacity = capacities[column] ?? 0;
      for (const item of placed) expect(item.y + (heights[item.item] ?? 0)).toBeLessThanOrEqual(capacity);
      for (const [index, item] of placed.entries()) {
        const previous = placed[index - 1];
        if (previous) expect(item.y).toBe(previous.y + (heights[previous.item] ?? 0) + gap);
        else expect(item.y).toBe(0);
      }
    }
  }
  return flow;
}

describe("flowIntoColumns: every source is placed, none past the bottom of its column", () => {
  const columns = { first: [300], continuation: [480, 480, 480] };

  it("5 sources fit the slide's own column", () => {
    const flow = check(entries(5), columns, 4);
    expect(flow).toHaveLength(1);
  });

  it("35 sources flow onto one continuation page", () => {
    const flow = check(entries(35), columns, 4);
    expect(flow.length).toBe(2);
    expect(flow[0]?.[0]?.length).toBeGreaterThan(5);
  });

  it("120 sources flow onto as many continuation pages as they need, each column filled before the next", () => {
    const heights = entries(120);
    const flow = check(heights, columns, 4);
    expect(flow.length).toBeGreaterThan(2);
    const total = heights.reduce((sum, height) => sum + height + 4, 0);
    expect(flow.length).toBeLessThanOrEqual(2 + Math.ceil(total / (3 * 480)));
    // A column moves on only when the next item would not fit.
    for (const pageColumns of flow.slice(1, -1)) {
      for (const placed of pageColumns) {
        const last = placed.at(-1);
        if (!last) continue;
        const bottom = last.y + (heights[last.item] ?? 0);
        const next = heights[last.item + 1] ?? 0;
        expect(bottom + 4 + next).toBeGreaterThan(480);
      }
    }
  });

  it("with no room on the first page, the list starts on a continuation page", () => {
    const flow = check(entries(10), { first: [], continuation: [200, 200] }, 4);
    expect(flow[0]).toEqual([]);
    expect(flow[1]?.[0]?.[0]).toEqual({ item: 0, y: 0 });
  });

  it("an item taller than a column is placed alone rather than dropped", () => {
    const flow = flowIntoColumns([12, 700, 12], { first: [100], continuation: [480] }, 4);
    expect(flow.map((page) => page.map((column) => column.map((placed) => placed.item)))).toEqual([
      [[0]],
      [[1]],
      [[2]],
    ]);
  });
});
