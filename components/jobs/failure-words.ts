// A failure in the page's language: the gateway's refusal code when it sent one, else the answer's own message
// (Kling's words, shown as they came).
import type { Messages } from "@/lib/i18n/messages";

export function refusalWords(f: { refusal?: string; message: string }, refusals: Messages["jobs"]["refusals"]): string | null {
  return f.refusal && f.refusal in refusals ? refusals[f.refusal as keyof typeof refusals] : null;
}

export function failureWords(f: { refusal?: string; message: string }, refusals: Messages["jobs"]["refusals"]): string {
  return refusalWords(f, refusals) ?? f.message;
}
