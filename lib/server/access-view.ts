import "server-only";
// What the page may know about the gate: the mode and whether this visitor is signed in. No secret, no token.
import { cookies } from "next/headers";
import { getGuardState } from "./guard";
import { SESSION_COOKIE, verifySession } from "./session";

export type AccessView =
  | { kind: "open-simulator" | "anonymous" | "tokens-only" }
  | { kind: "closed"; reason: "no-gate" | "no-session-secret" }
  | { kind: "password"; signedIn: boolean };

export async function getAccessView(): Promise<AccessView> {
  const { mode, config } = getGuardState();
  if (mode.kind === "gated") {
    const password = config.access.password;
    if (!password) return { kind: "tokens-only" };
    const token = (await cookies()).get(SESSION_COOKIE)?.value;
    return { kind: "password", signedIn: (await verifySession(password.secret, token)) !== null };
  }
  if (mode.kind === "closed") return { kind: "closed", reason: mode.reason };
  return { kind: mode.kind };
}
