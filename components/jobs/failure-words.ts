// A failure in the page's language: the gateway's refusal code when it sent one, else the answer's own message
// (Kling's words, shown as they came).
import type { Messages } from "@/lib/i18n/en";

export function refusalWords(f: { refusal?: string; message: string }, refusals: Messages["refusals"]): string | null {
  return f.refusal && f.refusal in refusals ? refusals[f.refusal as keyof typeof refusals] : null;
}

export function failureWords(f: { refusal?: string; message: string }, refusals: Messages["refusals"]): string {
  return refusalWords(f, refusals) ?? f.message;
}

/** Why listing the account's tasks failed, in the page's language: never the answer's own (English) message. */
export function lookupFailureWords(
  f: { refusal?: string; reason: "http" | "network" | "timeout" | "bad-answer"; status: number; code: number; message: string },
  m: Pick<Messages, "refusals" | "lookupFailure">,
): string {
  const refused = refusalWords(f, m.refusals);
  if (refused) return refused;
  const w = m.lookupFailure;
  return f.reason === "network" ? w.network : f.reason === "timeout" ? w.timeout : f.reason === "bad-answer" ? w.badAnswer : w.http(f.status, f.code);
}
