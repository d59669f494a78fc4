// Browser helpers for picked images: the shape of a reading, measuring with the browser's decoder, raw base64.
import type { CodedMessage } from "@/lib/kling/field-codes";
import type { ImageFacts } from "@/lib/kling/image-rules";

export interface ImageReading {
  facts: ImageFacts;
  /** Rules from `imageRuleProblems` (codes with params); empty when the image is fine. */
  problems: CodedMessage[];
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

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
