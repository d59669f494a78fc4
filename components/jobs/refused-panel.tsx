"use client";
import type { JobFailure } from "@/lib/client/jobs-store";
import { useMessages } from "@/lib/i18n/messages-context";

export function RefusedPanel({ failure }: { failure: JobFailure }) {
  const m = useMessages();
  return (
    <div className="mt-3 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
      <p className="font-medium">{m.jobs.refused.title}</p>
      <p className="break-words">{m.jobs.refused.detail(failure.status, failure.code, failure.message)}</p>
      {failure.errors && failure.errors.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {failure.errors.map((e) => (
            <li key={`${e.path}:${e.message}`}>{m.composer.issues.field(e.path, e.message)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
