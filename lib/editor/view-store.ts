// The view (zoom and pan): UI state, never in the document or the undo history.
import { clampScale, fitViewport, zoomAt, ZOOM_STEP, type Size, type Vec, type Viewport } from "./geometry";

export interface ViewState {
  viewport: Viewport;
  /** CSS pixel size of the canvas element. */
  viewSize: Size;
  frameSize: Size | null;
  /** True until the user zooms or pans: resizes and new frames refit. */
  fitted: boolean;
}

export function createViewStore() {
  let state: ViewState = { viewport: { scale: 1, x: 0, y: 0 }, viewSize: { width: 0, height: 0 }, frameSize: null, fitted: true };
  const listeners = new Set<() => void>();
  const set = (next: Partial<ViewState>) => {
    state = { ...state, ...next };
    listeners.forEach((l) => l());
  };
  const centre = (): Vec => ({ x: state.viewSize.width / 2, y: state.viewSize.height / 2 });
  const fit = () => (state.frameSize && state.viewSize.width > 0 ? fitViewport(state.frameSize, state.viewSize) : state.viewport);

  return {
    subscribe(l: () => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    getState: () => state,
    getViewport: () => state.viewport,
    setViewport(viewport: Viewport) {
      set({ viewport: { ...viewport, scale: clampScale(viewport.scale) }, fitted: false });
    },
    setLayout(viewSize: Size, frameSize: Size | null) {
      const sameFrame =
        frameSize === state.frameSize || (frameSize && state.frameSize && frameSize.width === state.frameSize.width && frameSize.height === state.frameSize.height);
      const sameView = viewSize.width === state.viewSize.width && viewSize.height === state.viewSize.height;
      if (sameFrame && sameView) return;
      state = { ...state, viewSize, frameSize, fitted: state.fitted || !sameFrame };
      set(state.fitted ? { viewport: fit() } : {});
    },
    zoomBy(factor: number, anchor: Vec = centre()) {
      set({ viewport: zoomAt(state.viewport, state.viewport.scale * factor, anchor), fitted: false });
    },
    zoomIn() {
      this.zoomBy(ZOOM_STEP);
    },
    zoomOut() {
      this.zoomBy(1 / ZOOM_STEP);
    },
    fit() {
      set({ viewport: fit(), fitted: true });
    },
    /** One image pixel per CSS pixel, centred on what is in the middle of the view. */
    actualSize() {
      set({ viewport: zoomAt(state.viewport, 1, centre()), fitted: false });
    },
  };
}

export type ViewStore = ReturnType<typeof createViewStore>;
