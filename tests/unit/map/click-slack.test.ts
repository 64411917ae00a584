import { expect, test } from "vitest";
import { clickSlack } from "../../../src/map/use-map-interaction.ts";

test("a tap, or any click on a screen whose main pointer is a finger, queries a 44-pixel box; a mouse 10", () => {
  const tap = Object.assign(new Event("click"), { pointerType: "touch" });
  const mouse = Object.assign(new Event("click"), { pointerType: "mouse" });
  expect(clickSlack(tap, false) * 2).toBe(44);
  expect(clickSlack(mouse, true) * 2).toBe(44);
  expect(clickSlack(mouse, false) * 2).toBe(10);
  expect(clickSlack(new Event("click"), false) * 2).toBe(10);
});
