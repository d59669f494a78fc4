"use client";
// Konva touches `window` when it loads: the stage is only ever rendered in the browser (toolchain trap 6),
// which also keeps konva out of the page's first-load JavaScript.
import dynamic from "next/dynamic";
import type { EditorStageProps } from "./editor-stage";

export const EditorCanvas = dynamic<EditorStageProps>(() => import("./editor-stage"), {
  ssr: false,
  loading: () => null,
});
