// What to do about a failure: every Kling code of the API's error table and the common task_status_msg reasons
// map to one advice key and a next step. Keys only: the words live in the browser's message catalogue.

export const ADVICE_KEYS = [
  "operatorKeys",
  "operatorApiKey",
  "operatorIp",
  "topUp",
  "switchModel",
  "fixField",
  "changeContent",
  "changePrompt",
  "changeImage",
  "fixBrush",
  "waitRetry",
  "notFound",
  "neverSent",
  "offline",
  "unknown",
] as const;
export type AdviceKey = (typeof ADVICE_KEYS)[number];

/** The next step a card offers. */
export type NextStep = "retry" | "edit" | "switchModel" | "topUp" | "tellOperator" | "checkConnection";

export interface Advice {
  key: AdviceKey;
  step: NextStep;
  /** Waiting a little and sending the same body again may work (rate limits, Kling's own errors). */
  retryLater: boolean;
}

const advice = (key: AdviceKey, step: NextStep, retryLater = false): Advice => ({ key, step, retryLater });

/** Advice for an error answer: a Kling code, its HTTP status and message. */
export function adviceForCode(code: number, status: number, message = ""): Advice {
  if (code === 1002 && /ak\/?sk|api key/i.test(message)) return advice("operatorApiKey", "tellOperator");
  if (code >= 1000 && code <= 1004) return advice("operatorKeys", "tellOperator");
  if (code >= 1100 && code <= 1102) return advice("topUp", "topUp");
  if (code === 1103) return advice("switchModel", "switchModel");
  if ((code === 1201 || code === 1203) && /model/i.test(message)) return advice("switchModel", "switchModel");
  if (code === 1200 || code === 1201) return advice("fixField", "edit");
  if (code === 1202 || code === 1203) return advice("notFound", "edit");
  if (code === 1300 || code === 1301) return adviceForReason(message, advice("changeContent", "edit"));
  if (code === 1302 || code === 1303) return advice("waitRetry", "retry", true);
  if (code === 1304) return advice("operatorIp", "tellOperator");
  if (code >= 5000 && code <= 5002) return advice("waitRetry", "retry", true);
  if (status === 401) return advice("operatorKeys", "tellOperator");
  if (status === 429 || status >= 500) return advice("waitRetry", "retry", true);
  if (status >= 400 && status < 500) return advice("fixField", "edit");
  return advice("unknown", "retry", true);
}

const REASONS: { test: RegExp; advice: Advice }[] = [
  { test: /balance|insufficient|quota|arrears|resource pack|credit|top.?up/i, advice: advice("topUp", "topUp") },
  { test: /mask|trajector|brush/i, advice: advice("fixBrush", "edit") },
  { test: /risk|safety|sensitive|violat|policy|censor|content check|audit|inappropriate|nsfw/i, advice: advice("changeContent", "edit") },
  { test: /model.*(not|no longer|unsupported|offline)|(not|un)support.*model/i, advice: advice("switchModel", "switchModel") },
  { test: /image|picture|photo|resolution|aspect|width|height|pixel|format|decode/i, advice: advice("changeImage", "edit") },
  { test: /prompt|text/i, advice: advice("changePrompt", "edit") },
  { test: /time.?out|timed out|busy|overload|internal|system|server|try again|later|queue/i, advice: advice("waitRetry", "retry", true) },
];

/** Advice for a failed task's `task_status_msg`; `fallback` when the reason says nothing recognisable. */
export function adviceForReason(reason: string | undefined, fallback: Advice = advice("unknown", "retry", true)): Advice {
  const text = reason ?? "";
  const found = REASONS.find((r) => r.test.test(text))?.advice ?? fallback;
  // A content refusal that names its input says which one to change.
  if (found.key === "changeContent") {
    if (/image|picture|photo|frame/i.test(text)) return advice("changeImage", "edit");
    if (/prompt|text|word/i.test(text)) return advice("changePrompt", "edit");
  }
  return found;
}

/** Advice for a create the gateway never passed on, or that never left the browser. */
export function adviceForNotSent(f: { code: number; status: number; message: string; reason: string }): Advice {
  if (f.reason === "network" || f.status === 0) return advice("offline", "checkConnection");
  if (f.status >= 500) return advice("neverSent", "tellOperator");
  return adviceForCode(f.code, f.status, f.message);
}
