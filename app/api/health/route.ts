// Liveness for load balancers and the Docker HEALTHCHECK: answers without touching Kling, needs no identity.
import { randomUUID } from "node:crypto";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ code: 0, message: "SUCCEED", request_id: randomUUID(), data: { status: "ok" } }, { headers: { "Cache-Control": "no-store" } });
}
