import { getTask, parseKind, unknownKind } from "@/lib/server/gateway";
import { getGatewayDeps } from "@/lib/server/backend";
import { respond } from "@/lib/server/respond";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ kind: string; taskId: string }> };

export async function GET(_request: Request, { params }: Context) {
  const { kind, taskId } = await params;
  return respond(`GET ${kind}`, async () => {
    const k = parseKind(kind);
    return k ? getTask(getGatewayDeps(), k, taskId) : unknownKind(kind);
  });
}
