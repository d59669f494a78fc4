import type { Messages } from "@/lib/i18n/messages";
import type { AccessView } from "@/lib/server/access-view";
import { SignOutButton } from "./sign-out-button";

/** Says who may use this server: a warning when it is open, the fix when it refuses everyone. Server component. */
export function AccessNotice({ view, m }: { view: AccessView; m: Messages["access"] }) {
  switch (view.kind) {
    case "anonymous":
      return (
        <div role="alert" className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          <p className="font-semibold">{m.anonymousHeading}</p>
          <p className="mt-0.5">{m.anonymous}</p>
        </div>
      );
    case "closed":
      return (
        <div role="alert" className="rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
          <p className="font-semibold">{view.reason === "no-gate" ? m.closedHeading : m.noSecretHeading}</p>
          {view.reason === "no-gate" ? (
            <>
              <p className="mt-0.5">{m.closed}</p>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {m.closedOptions.map((o) => (
                  <li key={o.vars.join()}>
                    {o.vars.map((v, i) => (
                      <span key={v}>
                        {i > 0 ? ` ${m.and} ` : null}
                        <code className="rounded bg-red-100 px-1 py-0.5 font-mono text-[0.8125rem] break-all">{v}</code>
                      </span>
                    ))}
                    {": "}
                    {o.what}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-0.5 break-words">{m.noSecret}</p>
          )}
        </div>
      );
    case "tokens-only":
      return <p className="text-sm text-zinc-600">{m.tokensOnly}</p>;
    case "password":
      return view.signedIn ? (
        <div className="flex items-center justify-end gap-3 text-sm text-zinc-600">
          <span>{m.signedIn}</span>
          <SignOutButton m={{ signOut: m.signOut, signingOut: m.signingOut }} />
        </div>
      ) : null;
    default:
      return null;
  }
}
