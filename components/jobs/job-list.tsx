"use client";
import { useJobsMessages } from "@/lib/i18n/features/jobs";
import { FindElsewhere } from "./find-elsewhere";
import { ImportProject } from "./import-project";
import { JobCard } from "./job-card";
import { StoragePanel } from "./storage-panel";
import { useJobsSnapshot } from "./jobs-provider";

export function JobList() {
  const m = useJobsMessages();
  const { loaded, jobs, storageError } = useJobsSnapshot();
  return (
    <section aria-labelledby="jobs-heading" className="min-w-0 space-y-4">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="jobs-heading" tabIndex={-1} className="text-lg font-semibold text-zinc-900 focus:outline-none">
          {m.heading}
        </h2>
        {jobs.length > 0 ? <span className="text-sm text-zinc-600">{m.count(jobs.length)}</span> : null}
      </div>
      <FindElsewhere />
      <ImportProject />
      {storageError ? (
        <p role="status" className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {m.storageError}
        </p>
      ) : null}
      {jobs.length > 0 ? (
        <ol className="space-y-3">
          {jobs.map((job) => (
            <li key={job.externalTaskId}>
              <JobCard job={job} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="rounded-2xl border border-dashed border-zinc-300 px-4 py-10 text-center text-sm text-zinc-600">
          {loaded ? m.empty : m.loading}
        </p>
      )}
      {loaded ? <StoragePanel /> : null}
    </section>
  );
}
