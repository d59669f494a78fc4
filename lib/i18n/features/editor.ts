import { defineFeature, useFeatureMessages } from "../feature-messages";
import { editorEn } from "./editor.en";

export const catalogue = defineFeature(editorEn, { zh: () => import("./editor.zh").then((mod) => mod.editorZh) });

/** The `editor` words in the page's language. */
export const useEditorMessages = () => useFeatureMessages(catalogue);
