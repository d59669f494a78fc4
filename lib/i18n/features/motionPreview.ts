import { defineFeature, useFeatureMessages } from "../feature-messages";
import { motionPreviewEn } from "./motionPreview.en";

export const catalogue = defineFeature(motionPreviewEn, { zh: () => import("./motionPreview.zh").then((mod) => mod.motionPreviewZh) });

/** The `motionPreview` words in the page's language. */
export const useMotionPreviewMessages = () => useFeatureMessages(catalogue);
