// Reads a picked image for a request that is fitted to the budget: the 10 MB rule is not a dead end here,
// because the payload step re-encodes larger files; every other rule (type, size, aspect) still refuses it.
import { imageProblems, sniffImageType, type ImageFacts } from "@/lib/kling/image-rules";
import { MAX_IMAGE_BYTES } from "@/lib/kling/limits";
import { bytesToBase64, measureWithBitmap, type MeasureImage } from "./image-file";
import type { SourceImage } from "./prepare-payload";

export interface FrameReading {
  facts: ImageFacts;
  /** Rules the image breaks that re-encoding cannot fix (messages without the field name). */
  problems: string[];
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

export async function readFrameSource(blob: Blob, measure: MeasureImage = measureWithBitmap): Promise<FrameReading> {
  const head = new Uint8Array(await blob.slice(0, 16).arrayBuffer());
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
  const problems = imageProblems({ ...facts, bytes: 0 });
  const usable = sniffed !== null && !undecodable && problems.length === 0;
  return {
    facts,
    problems,
    undecodable,
    willShrink: blob.size > MAX_IMAGE_BYTES,
    source: usable ? { blob, base64: await toBase64(blob), width, height, type: sniffed } : null,
  };
}
