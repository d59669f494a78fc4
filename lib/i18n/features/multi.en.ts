// The `multi` words (English), loaded with the code that shows them: see lib/i18n/feature-messages.ts.
import type { AspectRatio } from "@/lib/kling/models";

export const multiEn = {
  heading: "New video from several images",
  intro: "1 to 4 reference images (isolate each subject: Kling does not crop), a prompt, and the shape of the video.",
  model: (id: string) => `Model ${id}, the one model that takes several images.`,
  images: {
    legend: "Reference images",
    choose: "Add images",
    chooseContext: " for multi-image to video",
    drop: "or drop up to 4 PNG or JPEG files here",
    rules: "Each: at least 300 px on each side, aspect ratio between 1:2.5 and 2.5:1. Larger files are shrunk to fit.",
    sample: "Use the two sample photos",
    sampleName: (n: number) => `Sample photo ${n} (harbour)`,
    count: (n: number, max: number) => `${n} of ${max}`,
    remove: (n: number) => `Remove image ${n}`,
    alt: (n: number) => `Reference image ${n}`,
    reading: "Reading…",
    full: (max: number) => `${max} images is the most Kling takes.`,
    skipped: (n: number) => (n === 1 ? "1 file was not added: the list is full." : `${n} files were not added: the list is full.`),
    problem: (rule: string) => `The image ${rule}.`,
    undecodable: "The browser could not decode this image.",
    notImage: "Not a PNG or JPEG image.",
    sampleFailed: (detail: string) => `The sample photos could not be loaded (${detail}).`,
  },
  prompt: {
    placeholder: "Required: describe how the subjects appear and move together",
  },
  aspect: {
    legend: "Aspect ratio",
    options: { "16:9": "16:9", "9:16": "9:16", "1:1": "1:1" } satisfies Record<AspectRatio, string>,
    hints: { "16:9": "landscape", "9:16": "portrait", "1:1": "square" } satisfies Record<AspectRatio, string>,
  },
  why: {
    noImages: "Add at least one image first",
    reading: "Wait until the images are read",
    badImages: "Remove the images that break the rules first",
  },
};

export type MultiMessages = typeof multiEn;
