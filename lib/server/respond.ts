import "server-only";
import { randomUUID } from "node:crypto";
import { KLING_CODES, NOT_SENT_HEADER } from "@/lib/kling/errors";
import type { GatewayResult } from "./gateway";
import { logLine } from "./backend";

/** Runs one gateway call and answers JSON; an unexpected throw still answers the envelope, never HTML. */
export async function respond(route: string, run: () => Promise<GatewayResult>): Promise<Response> {
  const started = performance.now();
  let result: GatewayResult;
  try {
    result = await run();
  } catch (error) {
    console.error(JSON.stringify({ at: new Date().toISOString(), route, level: "error", error: (error as Error)?.name ?? "Error" }));
    result = {
      status: 500,
      envelope: { code: KLING_CODES.serverError, message: "Motionbrush hit an unexpected error; please try again.", request_id: randomUUID() },
    };
  }
  const data = result.envelope.data as { task_id?: string } | undefined;
  logLine({
    route,
    status: result.status,
    code: result.envelope.code,
    task_id: data && !Array.isArray(data) ? data.task_id : undefined,
    ms: Math.round(performance.now() - started),
  });
  // no-transform: Next would gzip every poll's 1-2 KB of JSON (the largest CPU cost a poll had over an empty
  // route); an edge or reverse proxy in front may still compress as it likes.
  const headers: Record<string, string> = { ...result.headers, "Cache-Control": "no-store, no-transform" };
  if (result.notSent) headers[NOT_SENT_HEADER] = "no";
  return Response.json(result.envelope, { status: result.status, headers });
}
