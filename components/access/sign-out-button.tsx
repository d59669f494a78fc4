"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";

/** `m`: its two labels, from the server component that shows it (the access words are not in the page's bundle). */
export function SignOutButton({ m }: { m: { signOut: string; signingOut: string } }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await fetch("/api/session", { method: "DELETE" }).catch(() => undefined);
        router.replace("/sign-in");
        router.refresh();
      }}
      className="rounded-lg border border-zinc-300 bg-white px-3 py-1.5 font-medium text-zinc-800 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600 disabled:opacity-60"
    >
      {busy ? m.signingOut : m.signOut}
    </button>
  );
}
