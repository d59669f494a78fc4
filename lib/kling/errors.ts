// Kling's error codes, their HTTP statuses, and what a person should be told (kling-api.md section 9).

export interface KlingErrorInfo {
  status: number;
  meaning: string;
  advice: string;
}

const RANGES: { from: number; to: number; info: KlingErrorInfo }[] = [
  { from: 1000, to: 1004, info: { status: 401, meaning: "Authentication failed", advice: "The server's Kling keys or clock are misconfigured; this is not your fault." } },
  { from: 1100, to: 1102, info: { status: 429, meaning: "Account problem", advice: "Top up or check the Kling account." } },
  { from: 1103, to: 1103, info: { status: 403, meaning: "No permission for this model or API", advice: "Pick another model." } },
  { from: 1200, to: 1201, info: { status: 400, meaning: "Invalid parameters", advice: "Fix the named field." } },
  { from: 1202, to: 1203, info: { status: 404, meaning: "Not found", advice: "Check the task id and its kind." } },
  { from: 1300, to: 1301, info: { status: 400, meaning: "Refused by the content policy", advice: "Change the prompt or the image." } },
  { from: 1302, to: 1303, info: { status: 429, meaning: "Too many requests or tasks at once", advice: "Wait and try again later." } },
  { from: 1304, to: 1304, info: { status: 429, meaning: "IP not on the allow-list", advice: "The server's IP must be allowed in the Kling console." } },
  { from: 5000, to: 5000, info: { status: 500, meaning: "Kling server error", advice: "Try again later." } },
  { from: 5001, to: 5001, info: { status: 503, meaning: "Kling is under maintenance", advice: "Try again later." } },
  { from: 5002, to: 5002, info: { status: 504, meaning: "Kling backlog timeout", advice: "Try again later." } },
];

export function klingErrorInfo(code: number): KlingErrorInfo | undefined {
  return RANGES.find((r) => code >= r.from && code <= r.to)?.info;
}

/** The HTTP status that goes with a Kling code; 0 is 200. */
export function statusForCode(code: number): number {
  if (code === 0) return 200;
  return klingErrorInfo(code)?.status ?? 500;
}

/** The Kling code that best describes an HTTP status from an upstream that gave none. */
export function codeForStatus(status: number): number {
  if (status === 401) return 1000;
  if (status === 403) return 1103;
  if (status === 404) return 1203;
  if (status === 429) return 1302;
  if (status === 400 || status === 422) return 1200;
  if (status === 503) return 5001;
  if (status === 504) return 5002;
  return 5000;
}

export const KLING_CODES = {
  ok: 0,
  authFailed: 1000,
  invalidToken: 1002,
  invalidParams: 1200,
  invalidParamValue: 1201,
  noPermission: 1103,
  notFound: 1203,
  wrongMethod: 1202,
  contentPolicy: 1301,
  tooFast: 1302,
  tooManyTasks: 1303,
  serverError: 5000,
  unavailable: 5001,
  timeout: 5002,
} as const;

/** The header the gateway sets (value "no") on answers to requests it never passed on to Kling. */
export const NOT_SENT_HEADER = "x-motionbrush-sent";
