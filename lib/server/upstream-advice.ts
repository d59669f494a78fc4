import "server-only";
// Upstream answers whose plain text would mislead, turned into advice (kling-api.md section 9).
import { KLING_CODES } from "@/lib/kling/errors";

export const AKSK_REFUSED_ADVICE =
  "Kling's official API refused the AccessKey/SecretKey token here (HTTP 401, code 1002: this model or route needs an API key). " +
  "The operator must set KLING_API_KEY to a Kling API key for this region; this is not your fault.";

export const notServedAdvice = (model: string) =>
  `${model} is not served by this upstream (Kling answers this way for a retired model): choose a live model, or use a relay or deployment that still serves ${model}.`;

/** A replacement message for an error answer, or null to keep Kling's own. */
export function adviceFor(answer: { code: number; message: string }, ctx: { call: string; auth: "jwt" | "bearer"; model?: string }): string | null {
  if (answer.code === KLING_CODES.invalidToken && ctx.auth === "jwt" && /AK\s*\/\s*SK/i.test(answer.message)) return AKSK_REFUSED_ADVICE;
  if (ctx.call === "create" && answer.code === KLING_CODES.notFound && ctx.model) {
    return `${notServedAdvice(ctx.model)} (Kling said: ${answer.message})`;
  }
  return null;
}
