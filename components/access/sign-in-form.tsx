"use client";
import { useId, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTypedBeforeHydration } from "@/components/use-typed-before-hydration";
import { useAccessMessages } from "@/lib/i18n/features/access";

type Problem = { reason: "wrong-password" | "cross-origin" | "unavailable" | "network" } | { reason: "limit-signIn"; seconds: number };

/** The password form. The server answers a reason code; the words come from the catalogue. */
export function SignInForm() {
  const m = useAccessMessages();
  const router = useRouter();
  const id = useId();
  const [password, setPassword] = useState("");
  // A password manager may fill the field before the script runs.
  const passwordRef = useTypedBeforeHydration<HTMLInputElement>(password, setPassword);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const res = await fetch("/api/session", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ password }),
      });
      if (res.ok) return router.replace("/");
      const body = (await res.json().catch(() => ({}))) as { reason?: string };
      if (res.status === 429) setProblem({ reason: "limit-signIn", seconds: Number(res.headers.get("Retry-After")) || 60 });
      else if (body.reason === "cross-origin" || body.reason === "unavailable") setProblem({ reason: body.reason });
      else setProblem({ reason: "wrong-password" });
    } catch {
      setProblem({ reason: "network" });
    }
    setBusy(false);
  };

  const text = problem
    ? problem.reason === "limit-signIn"
      ? m.reasons["limit-signIn"](problem.seconds)
      : m.reasons[problem.reason]
    : null;

  // method=post: even before the script loads, the password never lands in a URL.
  return (
    <form method="post" onSubmit={submit} className="space-y-4" noValidate>
      <div className="space-y-1.5">
        <label htmlFor={`${id}-pw`} className="block text-sm font-medium text-zinc-900">
          {m.password}
        </label>
        <input
          ref={passwordRef}
          id={`${id}-pw`}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={problem?.reason === "wrong-password" || undefined}
          aria-describedby={text ? `${id}-problem` : undefined}
          className="block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-base text-zinc-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-600"
        />
      </div>
      <p id={`${id}-problem`} role="alert" className="min-h-5 text-sm text-red-700">
        {text}
      </p>
      <button
        type="submit"
        disabled={busy || password.length === 0}
        className="w-full rounded-lg bg-accent-600 px-4 py-2.5 font-medium text-white hover:bg-accent-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-600 disabled:opacity-60"
      >
        {busy ? m.signingIn : m.signIn}
      </button>
    </form>
  );
}
