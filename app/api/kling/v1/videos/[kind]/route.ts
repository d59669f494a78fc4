// Outside proxy.ts's matcher (Next would buffer a whole create body for it): `gated` runs the same gate here.
import { gated } from "@/lib/server/api-gate";
import { createTask, listTasks, parseKind, unknownKind } from "@/lib/server/gateway";
import { getGatewayDeps } from "@/lib/server/backend";
import { respond } from "@/lib/server/respond";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ kind: string }> };

export const POST = gated(async (request: Request, { params }: Context, pass) => {
  const { kind } = await params;
  return respond(`POST ${kind}`, async () => {
    const k = parseKind(kind);
    return k ? createTask(getGatewayDeps(), k, request, pass.createLimitKey) : unknownKind(kind);
  });
});

export const GET = gated(async (request: Request, { params }: Context) => {
  const { kind } = await params;
  return respond(`LIST ${kind}`, async () => {
    const k = parseKind(kind);
    return k ? listTasks(getGatewayDeps(), k, new URL(request.url).searchParams) : unknownKind(kind);
  });
});

// Other methods are exported only so the gate answers them (405 in the envelope, with Allow), not Next.
const otherMethod = gated(async (request: Request) => Response.json({ message: `Method ${request.method} is not allowed` }, { status: 405 }));
export { otherMethod as PUT, otherMethod as PATCH, otherMethod as DELETE, otherMethod as OPTIONS };
