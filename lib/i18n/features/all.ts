// Every feature catalogue in every language, imported at once: for lib/i18n/messages.ts (server, tests), never for
// the browser, which loads each with the code that shows it (the hooks beside these files).
import type { Locale } from "../locale";
import { cameraEn } from "./camera.en";
import { cameraZh } from "./camera.zh";
import { editorEn } from "./editor.en";
import { editorZh } from "./editor.zh";
import { jobsEn } from "./jobs.en";
import { jobsZh } from "./jobs.zh";
import { motionPreviewEn } from "./motionPreview.en";
import { motionPreviewZh } from "./motionPreview.zh";
import { multiEn } from "./multi.en";
import { multiZh } from "./multi.zh";
import { accessEn } from "./access.en";
import { accessZh } from "./access.zh";
import { upstreamEn } from "./upstream.en";
import { upstreamZh } from "./upstream.zh";
import { issueCodesEn } from "./issueCodes.en";
import { issueCodesZh } from "./issueCodes.zh";

export const jobs = { en: jobsEn, zh: jobsZh } satisfies Record<Locale, unknown>;
export const editor = { en: editorEn, zh: editorZh } satisfies Record<Locale, unknown>;
export const multi = { en: multiEn, zh: multiZh } satisfies Record<Locale, unknown>;
export const camera = { en: cameraEn, zh: cameraZh } satisfies Record<Locale, unknown>;
export const motionPreview = { en: motionPreviewEn, zh: motionPreviewZh } satisfies Record<Locale, unknown>;
export const access = { en: accessEn, zh: accessZh } satisfies Record<Locale, unknown>;
export const upstream = { en: upstreamEn, zh: upstreamZh } satisfies Record<Locale, unknown>;
export const issueCodes = { en: issueCodesEn, zh: issueCodesZh } satisfies Record<Locale, unknown>;
/** The feature names, for the catalogue tests. */
export const FEATURE_NAMES = ["jobs", "editor", "multi", "camera", "motionPreview", "access", "upstream", "issueCodes"] as const;
