// Kling's rules for an input image, on facts any side can read (browser, gateway, simulator).
import { MAX_ASPECT, MAX_IMAGE_BYTES, MIN_ASPECT, MIN_IMAGE_SIDE } from "./limits";

export type ImageType = "png" | "jpeg";

export interface ImageFacts {
  /** Detected from the bytes, not the file name. `null` when it is neither png nor jpeg. */
  type: ImageType | string | null;
  width: number;
  height: number;
  bytes: number;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Messages (without the field name) for each rule the image breaks; empty when it is fine. */
export function imageProblems(facts: ImageFacts): string[] {
  const problems: string[] = [];
  if (facts.type !== "png" && facts.type !== "jpeg") {
    problems.push(`must be a PNG or JPEG image${facts.type ? ` (got ${facts.type})` : ""}`);
  }
  if (facts.bytes > MAX_IMAGE_BYTES) {
    // When both round to the same MB figure, the exact byte count says why it is over.
    const got = mb(facts.bytes) === mb(MAX_IMAGE_BYTES) ? `${facts.bytes.toLocaleString("en")} bytes` : mb(facts.bytes);
    problems.push(`must be at most ${mb(MAX_IMAGE_BYTES)} (got ${got})`);
  }
  if (facts.width > 0 && facts.height > 0) {
    if (facts.width < MIN_IMAGE_SIDE || facts.height < MIN_IMAGE_SIDE) {
      problems.push(`must be at least ${MIN_IMAGE_SIDE} px on each side (got ${facts.width}x${facts.height})`);
    }
    const aspect = facts.width / facts.height;
    if (aspect < MIN_ASPECT - 1e-9 || aspect > MAX_ASPECT + 1e-9) {
      problems.push(`must have an aspect ratio between 1:2.5 and 2.5:1 (got ${facts.width}x${facts.height})`);
    }
  }
  return problems;
}

/** A mask must have exactly the pixel size of the image it is sent with. */
export function maskProblems(mask: ImageFacts, image: { width: number; height: number }): string[] {
  const problems: string[] = [];
  if (mask.type !== "png" && mask.type !== "jpeg") problems.push("must be a PNG or JPEG image");
  if (mask.width !== image.width || mask.height !== image.height) {
    problems.push(
      `must have exactly the image's pixel size ${image.width}x${image.height} (got ${mask.width}x${mask.height})`,
    );
  }
  return problems;
}

/** Reads the type from the first bytes: the browser's File.type and file names lie. */
export function sniffImageType(head: Uint8Array): ImageType | null {
  if (head.length >= 8 && head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47) return "png";
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "jpeg";
  return null;
}

/** Decoded byte length of raw base64 without decoding it. */
export function base64ByteLength(b64: string): number {
  const pad = b64.endsWith("==") ? 2 : b64.endsWith("=") ? 1 : 0;
  return Math.floor((b64.length * 3) / 4) - pad;
}
