import { defineFeature, useFeatureMessages } from "../feature-messages";
import { jobsEn } from "./jobs.en";

export const catalogue = defineFeature(jobsEn, { zh: () => import("./jobs.zh").then((mod) => mod.jobsZh) });

/** The `jobs` words in the page's language. */
export const useJobsMessages = () => useFeatureMessages(catalogue);
