import "server-only";
// Sign-in and sign-out: the password is compared in constant time; failed attempts are limited per address.
import { z } from "zod";
import { clientAddress, safeEqual } from "./access";
import { envelopeResponse, getGuardState, limitResponse, type GuardState } from "./guard";
import { isHttps } from "./origin";
import { clearedSessionCookie, sessionCookie, signSession } from "./session";
import { randomUUID } from "node:crypto";

const bodySchema = z.object({ password: z.string().max(1024) });

async function readSmallJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > 4096) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function signIn(request: Request, s: GuardState = getGuardState()): Promise<Response> {
  const password = s.config.access.password;
  if (!password) return envelopeResponse(404, 1203, "Sign-in is not enabled on this server.", "unavailable");
  const body = bodySchema.safeParse(await readSmallJson(request));
  if (!body.success) return envelopeResponse(400, 1200, 'Send {"password": "..."} as JSON.', "bad-body");
  const key = `address:${clientAddress(request.headers)}`;
  // Every attempt spends a point and a success gives it back, so a guess after the limit is refused even if right.
  const outcome = await s.limiters.consume("signIn", key);
  if (!outcome.ok) return limitResponse(outcome.limit, outcome.retryAfterSeconds);
  if (!safeEqual(body.data.password, password.value)) {
    return envelopeResponse(401, 1000, "That password is not right.", "wrong-password");
  }
  await s.limiters.forgiveSignIn(key);
  const { token, maxAge } = await signSession(password.secret, password.hours);
  return Response.json(
    { code: 0, message: "SUCCEED", request_id: randomUUID() },
    { headers: { "Cache-Control": "no-store", "Set-Cookie": sessionCookie(token, maxAge, isHttps(new URL(request.url), request.headers)) } },
  );
}

export function signOut(request: Request): Response {
  return Response.json(
    { code: 0, message: "SUCCEED", request_id: randomUUID() },
    { headers: { "Cache-Control": "no-store", "Set-Cookie": clearedSessionCookie(isHttps(new URL(request.url), request.headers)) } },
  );
}
