import { defineLaterFeature, useLaterMessages } from "../feature-messages";
import type { IssueCodesMessages } from "./issueCodes.en";

export const catalogue = defineLaterFeature<IssueCodesMessages>({
  en: () => import("./issueCodes.en").then((mod) => mod.issueCodesEn),
  zh: () => import("./issueCodes.zh").then((mod) => mod.issueCodesZh),
});

/**
 * The coded issues' words in the page's language, or null until they have arrived: `wanted` (say, once a frame is
 * picked) starts fetching them. Until then a coded issue reads as its English `message`, so callers that show
 * issues to be worded wait for these (the composer counts it as "checking").
 */
export const useIssueCodes = (wanted = true) => useLaterMessages(catalogue, wanted);
