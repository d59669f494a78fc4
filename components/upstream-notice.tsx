import type { Messages } from "@/lib/i18n/messages";
import { wordConfigNotice, type ConfigNotice } from "@/lib/server/config-notice";

interface Props {
  upstream: "simulator" | "official" | "official-key" | "relay";
  simulatorTaskMs: number;
  /** Configuration problems as codes, worded here in the page's language. */
  problems: readonly ConfigNotice[];
  /** Problems with the operator's capability file: shown, but they block nothing (built-in data applies). */
  capabilityProblems?: readonly ConfigNotice[];
  m: Messages["upstream"];
}

/** Says where jobs go (and whether they cost money) before anything is sent. Server component. */
export function UpstreamNotice({ upstream, simulatorTaskMs, problems, capabilityProblems = [], m }: Props) {
  return (
    <>
      {upstream === "simulator" ? (
        <p role="status" className="rounded-lg border border-accent-200 bg-accent-50 px-3 py-1.5 text-sm text-accent-900">
          <span className="font-medium">{m.simulator}</span> <span className="text-accent-800">{m.simulatorTiming(simulatorTaskMs)}</span>
        </p>
      ) : (
        <p className="text-sm text-zinc-600">{upstream === "official" ? m.official : upstream === "official-key" ? m.officialKey : m.relay}</p>
      )}
      {problems.length > 0 ? (
        <div role="alert" className="rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          <p className="font-medium">{m.problemsHeading}</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((p) => wordConfigNotice(p, m.notices)).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {capabilityProblems.length > 0 ? (
        <div role="alert" className="rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <p className="font-medium">{m.capabilitiesHeading}</p>
          <ul className="mt-1 list-disc pl-5">
            {capabilityProblems.map((p) => wordConfigNotice(p, m.notices)).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
