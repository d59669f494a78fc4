import { describe, expect, it } from "vitest";
import { stageToFrame } from "./geometry";
import { createViewStore } from "./view-store";

describe("view store", () => {
  it("fits a new frame, and refits on resize until the user zooms", () => {
    const v = createViewStore();
    v.setLayout({ width: 800, height: 600 }, { width: 1600, height: 900 });
    expect(v.getViewport().scale).toBeCloseTo((800 - 32) / 1600);
    v.setLayout({ width: 400, height: 600 }, { width: 1600, height: 900 });
    expect(v.getViewport().scale).toBeCloseTo((400 - 32) / 1600);
    v.zoomIn();
    const zoomed = v.getViewport();
    v.setLayout({ width: 500, height: 600 }, { width: 1600, height: 900 });
    expect(v.getViewport()).toEqual(zoomed);
    expect(v.getState().fitted).toBe(false);
  });

  it("zooms about the view centre with the buttons and keeps that point still", () => {
    const v = createViewStore();
    v.setLayout({ width: 800, height: 600 }, { width: 1600, height: 900 });
    const centre = stageToFrame({ x: 400, y: 300 }, v.getViewport());
    v.zoomIn();
    v.zoomIn();
    expect(stageToFrame({ x: 400, y: 300 }, v.getViewport()).x).toBeCloseTo(centre.x);
    v.actualSize();
    expect(v.getViewport().scale).toBe(1);
    expect(stageToFrame({ x: 400, y: 300 }, v.getViewport()).y).toBeCloseTo(centre.y);
    v.fit();
    expect(v.getState().fitted).toBe(true);
  });

  it("refits when a frame of another size arrives, even after zooming", () => {
    const v = createViewStore();
    v.setLayout({ width: 800, height: 600 }, { width: 1600, height: 900 });
    v.zoomBy(3);
    v.setLayout({ width: 800, height: 600 }, { width: 4096, height: 4096 });
    expect(v.getViewport().scale).toBeCloseTo((600 - 32) / 4096);
  });
});
