// The `upstream` words (English): the notices about the server's Kling connection, worded by server components
// only (getMessages), so no browser bundle carries them.
import { formatNumber } from "../format";
import type { ConfigNoticeWords } from "@/lib/server/config-notice";

const TAG = "en";

export const upstreamEn = {
  simulator: "Simulator mode: no Kling keys are configured, jobs run on the built-in Kling simulator and cost nothing.",
  simulatorTiming: (ms: number) => `A simulated job takes about ${formatNumber(TAG, Math.round(ms / 1000))} s.`,
  official: "Upstream: the official Kling API. Jobs are billed to the configured Kling account.",
  relay: "Upstream: a Kling relay. Jobs are billed by the relay.",
  officialKey: "Upstream: the official Kling API, with an API key. Jobs are billed to the configured Kling account.",
  capabilitiesHeading: "The operator’s capability file was not applied (the built-in model data is in force):",
  problemsHeading: "Server configuration needs attention:",
  /** Configuration problems (lib/server/config-notice.ts); the English detail is in the server log. */
  notices: {
    "env-invalid": ({ name }) => `${name} has a value this server cannot use (the server log says why); its default applies.`,
    "keys-half": ({ set, missing }) => `${set} is set without ${missing}: both are needed for the official Kling API.`,
    "session-secret-missing": ({ min }) =>
      `MOTIONBRUSH_PASSWORD is set but MOTIONBRUSH_SESSION_SECRET is missing (it needs ${min} characters): sign-in is off until it is set.`,
    "session-secret-short": ({ min }) =>
      `MOTIONBRUSH_PASSWORD is set but MOTIONBRUSH_SESSION_SECRET is shorter than ${min} characters: sign-in is off until it is longer.`,
    "capabilities-unreadable": ({ errno }) =>
      `MOTIONBRUSH_CAPABILITIES_FILE cannot be read (${errno === "ENOENT" ? "no such file" : errno === "EACCES" || errno === "EPERM" ? "no permission to read it" : "the server log says why"}).`,
    "capabilities-not-json": () => "MOTIONBRUSH_CAPABILITIES_FILE is not valid JSON.",
    "capabilities-invalid": ({ count }) =>
      count === 1
        ? "MOTIONBRUSH_CAPABILITIES_FILE has 1 problem (listed in the server log)."
        : `MOTIONBRUSH_CAPABILITIES_FILE has ${count} problems (listed in the server log).`,
  } satisfies ConfigNoticeWords,
};

export type UpstreamMessages = typeof upstreamEn;
