// Reads a picked or dropped file in the browser and checks it with the same rules the gateway applies.
import { imageProblems, sniffImageType, type ImageFacts } from "@/lib/kling/image-rules";

export interface ImageReading {
  facts: ImageFacts;
  /** Rule messages from `imageProblems` (without the field name); empty when the image is fine. */
  problems: string[];
  /** The type looked right but the browser could not decode the pixels. */
  undecodable: boolean;
  /** Raw base64 without a data: prefix, only when the image passes every rule. */
  base64: string | null;
}

export type MeasureImage = (blob: Blob) => Promise<{ width: number; height: number }>;

export const measureWithBitmap: MeasureImage = async (blob) => {
  const bitmap = await createImageBitmap(blob);
  try {
    return { width: bitmap.width, height: bitmap.height };
  } finally {
    bitmap.close();
  }
};

/** Type from the bytes; the file's claimed type only names what it is when the bytes are not png/jpeg. */
async function detectType(blob: Blob): Promise<ImageFacts["type"]> {
  const head = new Uint8Array(await blob.slice(0, 16).arrayBuffer());
  const sniffed = sniffImageType(head);
  if (sniffed) return sniffed;
  const claimed = blob.type.split("/")[1];
  return claimed && claimed !== "png" && claimed !== "jpeg" ? claimed : null;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export async function readImageFile(blob: Blob, measure: MeasureImage = measureWithBitmap): Promise<ImageReading> {
  const type = await detectType(blob);
  let width = 0;
  let height = 0;
  let undecodable = false;
  if (type === "png" || type === "jpeg") {
    try {
      ({ width, height } = await measure(blob));
    } catch {
      undecodable = true;
    }
  }
  const facts: ImageFacts = { type, width, height, bytes: blob.size };
  const problems = imageProblems(facts);
  const usable = problems.length === 0 && !undecodable;
  const base64 = usable ? bytesToBase64(new Uint8Array(await blob.arrayBuffer())) : null;
  return { facts, problems, undecodable, base64 };
}
