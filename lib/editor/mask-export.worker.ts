// The mask export's Web Worker (a module worker; Next bundles it from `new Worker(new URL(...))` in
// mask-exporter.ts): rasterising, precedence and PNG encoding at full size, off the main thread.
import { createMaskRasteriser, type MaskRequest } from "./mask-protocol";

const rasteriser = createMaskRasteriser();

self.onmessage = (e: MessageEvent<MaskRequest>) => {
  self.postMessage(rasteriser.run(e.data));
};
