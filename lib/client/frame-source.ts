// Reads a picked image for a request that is fitted to the budget: the 10 MB rule is not a dead end here,
// because the payload step re-encodes larger files; every other rule (type, size, aspect) still refuses it.
// Only the JPEG reader: the browser needs nothing else from image-size.
import { JPG } from "image-size/types/jpg";
import type { CodedMessage } from "@/lib/kling/field-codes";
import { imageRuleProblems, sniffImageType, type ImageFacts } from "@/lib/kling/image-rules";
import { MAX_IMAGE_BYTES } from "@/lib/kling/limits";
import { bytesToBase64, measureWithBitmap, type MeasureImage } from "./image-file";
import { canvasToBlob, context2d, makeCanvas } from "./reencode";
import type { SourceImage } from "./prepare-payload";

export interface FrameReading {
  facts: ImageFacts;
  /** Rules the image breaks that re-encoding cannot fix (codes with params; `message` without the field name). */
  problems: CodedMessage[];
  undecodable: boolean;
  /** Over 10 MB: it will be re-encoded before sending. */
  willShrink: boolean;
  /** The source for `preparePayload` (without its key), when the image is usable. */
  source: Omit<SourceImage, "key"> | null;
}

/** FileReader is native and several times faster on megabytes; Node (unit tests) has none. */
async function toBase64(blob: Blob): Promise<string> {
  if (typeof FileReader === "undefined") return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("the image could not be read"));
    reader.readAsDataURL(blob);
  });
  return url.slice(url.indexOf(",") + 1);
}

/** The EXIF orientation of a JPEG (1 = upright), read from its header; undefined when it has none. */
export function jpegOrientation(bytes: Uint8Array): number | undefined {
  try {
    return JPG.calculate(bytes).orientation;
  } catch {
    return undefined;
  }
}

export type MakeUpright = (blob: Blob) => Promise<Blob>;

/**
 * Bakes the EXIF rotation into the pixels. Browsers show (and measure) a rotated phone photo upright, but
 * header readers (the gateway, Kling) see the stored size: without this a mask drawn in the browser would
 * have the wrong size, and the video could come out sideways.
 */
export const uprightWithCanvas: MakeUpright = async (blob) => {
  const bitmap = await createImageBitmap(blob, { imageOrientation: "from-image" });
  try {
    const canvas = makeCanvas({ width: bitmap.width, height: bitmap.height });
    context2d(canvas).drawImage(bitmap, 0, 0);
    return await canvasToBlob(canvas, { type: "jpeg", quality: 0.92 });
  } finally {
    bitmap.close();
  }
};

export async function readFrameSource(
  original: Blob,
  measure: MeasureImage = measureWithBitmap,
  upright: MakeUpright = uprightWithCanvas,
): Promise<FrameReading> {
  let blob = original;
  let head = new Uint8Array(await blob.slice(0, 16).arrayBuffer());
  if (sniffImageType(head) === "jpeg") {
    const orientation = jpegOrientation(new Uint8Array(await blob.arrayBuffer()));
    if (orientation !== undefined && orientation !== 1) {
      try {
        blob = await upright(blob);
        head = new Uint8Array(await blob.slice(0, 16).arrayBuffer());
      } catch {
        // Keep the original: the checks below still measure what the browser shows.
      }
    }
  }
  const sniffed = sniffImageType(head);
  const claimed = blob.type.split("/")[1];
  const type: ImageFacts["type"] = sniffed ?? (claimed && claimed !== "png" && claimed !== "jpeg" ? claimed : null);
  let width = 0;
  let height = 0;
  let undecodable = false;
  if (sniffed) {
    try {
      ({ width, height } = await measure(blob));
    } catch {
      undecodable = true;
    }
  }
  const facts: ImageFacts = { type, width, height, bytes: blob.size };
  // Size in bytes is left to the payload step: measure the rest as if it were small.
  const problems = imageRuleProblems({ ...facts, bytes: 0 });
  const usable = sniffed !== null && !undecodable && problems.length === 0;
  return {
    facts,
    problems,
    undecodable,
    willShrink: blob.size > MAX_IMAGE_BYTES,
    source: usable ? { blob, base64: await toBase64(blob), width, height, type: sniffed } : null,
  };
}
