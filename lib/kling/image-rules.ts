// Kling's rules for an input image, on facts any side can read (browser, gateway, simulator).
import { coded, type CodedMessage } from "./field-codes";
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

/** Each rule the image breaks, as a code with params and its English sentence; empty when it is fine. */
export function imageRuleProblems(facts: ImageFacts): CodedMessage[] {
  const problems: CodedMessage[] = [];
  if (facts.type !== "png" && facts.type !== "jpeg") problems.push(coded("image.format", facts.type ? { got: facts.type } : {}));
  if (facts.bytes > MAX_IMAGE_BYTES) {
    // When both round to the same MB figure, the exact byte count says why it is over.
    const same = mb(facts.bytes) === mb(MAX_IMAGE_BYTES);
    problems.push(
      coded("image.bytes", {
        maxMb: mb(MAX_IMAGE_BYTES),
        got: same ? `${facts.bytes.toLocaleString("en")} bytes` : mb(facts.bytes),
        max: MAX_IMAGE_BYTES,
        bytes: facts.bytes,
      }),
    );
  }
  if (facts.width > 0 && facts.height > 0) {
    const size = { width: facts.width, height: facts.height };
    if (facts.width < MIN_IMAGE_SIDE || facts.height < MIN_IMAGE_SIDE) problems.push(coded("image.side", { min: MIN_IMAGE_SIDE, ...size }));
    const aspect = facts.width / facts.height;
    if (aspect < MIN_ASPECT - 1e-9 || aspect > MAX_ASPECT + 1e-9) problems.push(coded("image.aspect", size));
  }
  return problems;
}

/** The English sentences (without the field name) for each rule the image breaks. */
export function imageProblems(facts: ImageFacts): string[] {
  return imageRuleProblems(facts).map((p) => p.message);
}

/** A mask must have exactly the pixel size of the image it is sent with. */
export function maskRuleProblems(mask: ImageFacts, image: { width: number; height: number }): CodedMessage[] {
  const problems: CodedMessage[] = [];
  if (mask.type !== "png" && mask.type !== "jpeg") problems.push(coded("image.format"));
  if (mask.width !== image.width || mask.height !== image.height) {
    problems.push(coded("mask.size", { width: image.width, height: image.height, maskWidth: mask.width, maskHeight: mask.height }));
  }
  return problems;
}

export function maskProblems(mask: ImageFacts, image: { width: number; height: number }): string[] {
  return maskRuleProblems(mask, image).map((p) => p.message);
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
