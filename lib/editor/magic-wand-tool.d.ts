// Types for the part of magic-wand-tool (MIT, plain JS) the editor uses.
declare module "magic-wand-tool" {
  export interface WandImage {
    data: Uint8Array | Uint8ClampedArray;
    width: number;
    height: number;
    /** Bytes per pixel (4 for RGBA). */
    bytes: number;
  }
  export interface WandMask {
    data: Uint8Array;
    width: number;
    height: number;
    bounds: { minX: number; minY: number; maxX: number; maxY: number };
  }
  const MagicWand: {
    floodFill(image: WandImage, px: number, py: number, colorThreshold: number, visited?: Uint8Array | null, includeBorders?: boolean): WandMask | null;
  };
  export default MagicWand;
}
