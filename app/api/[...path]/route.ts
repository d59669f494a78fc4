// Any other /api path answers the Kling envelope rather than an HTML 404 page.
import { randomUUID } from "node:crypto";
import { KLING_CODES } from "@/lib/kling/errors";

function notFound(request: Request) {
  const path = new URL(request.url).pathname.slice(0, 120);
  return Response.json(
    { code: KLING_CODES.wrongMethod, message: `No such API route: ${request.method} ${path}`, request_id: randomUUID() },
    { status: 404, headers: { "Cache-Control": "no-store" } },
  );
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
