import { defineFeature, useFeatureMessages } from "../feature-messages";
import { cameraEn } from "./camera.en";

export const catalogue = defineFeature(cameraEn, { zh: () => import("./camera.zh").then((mod) => mod.cameraZh) });

/** The `camera` words in the page's language. */
export const useCameraMessages = () => useFeatureMessages(catalogue);
