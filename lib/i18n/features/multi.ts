import { defineFeature, useFeatureMessages } from "../feature-messages";
import { multiEn } from "./multi.en";

export const catalogue = defineFeature(multiEn, { zh: () => import("./multi.zh").then((mod) => mod.multiZh) });

/** The `multi` words in the page's language. */
export const useMultiMessages = () => useFeatureMessages(catalogue);
