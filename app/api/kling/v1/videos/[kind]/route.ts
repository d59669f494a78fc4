import { createTask, listTasks, parseKind, unknownKind } from "@/lib/server/gateway";
import { getGatewayDeps } from "@/lib/server/backend";
import { respond } from "@/lib/server/respond";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ kind: string }> };

export async function POST(request: Request, { params }: Context) {
  const { kind } = await params;
  return respond(`POST ${kind}`, async () => {
    const k = parseKind(kind);
    return k ? createTask(getGatewayDeps(), k, request) : unknownKind(kind);
  });
}

export async function GET(request: Request, { params }: Context) {
  const { kind } = await params;
  return respond(`LIST ${kind}`, async () => {
    const k = parseKind(kind);
    return k ? listTasks(getGatewayDeps(), k, new URL(request.url).searchParams) : unknownKind(kind);
  });
}
