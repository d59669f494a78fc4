// Sign-in (POST {password}) and sign-out (DELETE). proxy.ts has already refused cross-site requests.
import { signIn, signOut } from "@/lib/server/sign-in";

export const dynamic = "force-dynamic";

export const POST = (request: Request) => signIn(request);
export const DELETE = (request: Request) => signOut(request);
