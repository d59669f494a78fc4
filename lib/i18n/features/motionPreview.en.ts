// The `motionPreview` words (English), loaded with the code that shows them: see lib/i18n/feature-messages.ts.

export const motionPreviewEn = {
  open: "Preview the motion",
  short: "Preview",
  canvasLabel: "Motion preview",
  badge: "Sketch of your request",
  note: "A sketch of what the request asks for, not the model's output: Kling decides how things really move.",
  play: "Play",
  pause: "Pause",
  scrubber: "Preview time",
  time: (s: number, total: number) => `${s.toFixed(1)} s of ${total} s`,
  loop: "Loop",
  save: "Save as video",
  saving: "Saving…",
  saveFailed: "This browser could not encode the preview as a video.",
  close: "Back to editing",
  pointLabel: (region: string, n: number) => `${region} · point ${n}`,
};

export type MotionPreviewMessages = typeof motionPreviewEn;
