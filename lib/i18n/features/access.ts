import { defineFeature, useFeatureMessages } from "../feature-messages";
import { accessEn } from "./access.en";

export const catalogue = defineFeature(accessEn, { zh: () => import("./access.zh").then((mod) => mod.accessZh) });

/** The `access` words (the sign-in page's form) in the page's language. */
export const useAccessMessages = () => useFeatureMessages(catalogue);
