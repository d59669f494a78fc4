import "server-only";
// The sign-in session: a short JWT (HS256, jose) in an HttpOnly cookie. It holds only a random id and expiry.
import { randomBytes } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";

export const SESSION_COOKIE = "motionbrush_session";
const AUDIENCE = "motionbrush-session";

const keyOf = (secret: string) => new TextEncoder().encode(secret);

export async function signSession(secret: string, hours: number, now = Date.now()): Promise<{ token: string; sid: string; maxAge: number }> {
  const sid = randomBytes(16).toString("base64url");
  const iat = Math.floor(now / 1000);
  const maxAge = hours * 3600;
  const token = await new SignJWT({ sid })
    .setProtectedHeader({ alg: "HS256" })
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + maxAge)
    .sign(keyOf(secret));
  return { token, sid, maxAge };
}

/** The session id when the cookie is genuine and unexpired; `null` for anything else (tampered, expired, garbage). */
export async function verifySession(secret: string, token: string | undefined, now = Date.now()): Promise<string | null> {
  if (!token || token.length > 2048) return null;
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      algorithms: ["HS256"],
      audience: AUDIENCE,
      currentDate: new Date(now),
    });
    return typeof payload.sid === "string" && payload.exp !== undefined ? payload.sid : null;
  } catch {
    return null;
  }
}

/** The Set-Cookie value; Secure whenever the request reached us over https. */
export function sessionCookie(token: string, maxAge: number, secure: boolean): string {
  return [`${SESSION_COOKIE}=${token}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${maxAge}`, secure ? "Secure" : ""]
    .filter(Boolean)
    .join("; ");
}

export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie("", 0, secure);
}

export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
