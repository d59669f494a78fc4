"use client";
import { useJobsMessages } from "@/lib/i18n/features/jobs";
import { useId } from "react";
import { isFinalStatus, type JobRecord } from "@/lib/client/jobs-store";
import { useMessages } from "@/lib/i18n/messages-context";
import { CopyableId } from "./copyable-id";
import { ElapsedTime } from "./elapsed-time";
import { JobTimes } from "./job-times";
import { ProjectActions } from "./project-actions";
import { RefusedPanel } from "./refused-panel";
import { RemoveJob } from "./remove-job";
import { StatusBadge, type DisplayStatus } from "./status-badge";
import { TaskPanel } from "./task-panel";
import { UnconfirmedPanel } from "./unconfirmed-panel";
import { useTaskPolling } from "./use-task-polling";

export function JobCard({ job }: { job: JobRecord }) {
  const all = useMessages();
  const m = useJobsMessages();
  const id = useId();
  const polling = useTaskPolling(job);
  const { summary } = polling;
  const status: DisplayStatus = job.state === "created" ? (summary?.status ?? "submitted") : job.state;
  const final = isFinalStatus(summary?.status);
  const ticking = job.state === "created" && !final;
  const modes: Record<string, string> = { std: all.composer.mode.std, pro: all.composer.mode.pro, "4k": all.composer.mode["4k"] };
  const mode = job.mode ? (modes[job.mode] ?? job.mode) : undefined;
  const duration = job.duration ? all.composer.duration.option(job.duration) : undefined;
  const facts = [m.kind[job.kind], job.model, mode, duration].filter((f): f is string => !!f);

  return (
    <article
      data-testid="job-card"
      data-external-task-id={job.externalTaskId}
      aria-labelledby={`${id}-title`}
      className="rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm"
    >
      <header className="flex items-start gap-3">
        {job.thumbnail ? (
          // A data URL made in this browser: next/image has nothing to optimise.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={job.thumbnail} alt={m.thumbnailAlt} className="size-14 shrink-0 rounded-md bg-zinc-100 object-cover" />
        ) : null}
        <div className="min-w-0 flex-1">
          <h3 id={`${id}-title`} className="line-clamp-2 text-sm font-medium break-words text-zinc-900">
            {job.prompt || <span className="text-zinc-600 italic">{job.origin === "upstream" ? m.fromAccount : m.noPrompt}</span>}
          </h3>
          <ul aria-label={m.settings} className="mt-1 flex flex-wrap gap-1 text-xs text-zinc-700">
            {facts.map((f) => (
              <li key={f} className="rounded bg-zinc-100 px-1.5 py-0.5 whitespace-nowrap">
                {f}
              </li>
            ))}
            <li className="px-1 py-0.5 whitespace-nowrap text-zinc-600">{m.createdAt(new Date(job.createdAt))}</li>
          </ul>
        </div>
        <StatusBadge status={status} />
      </header>
      <p role="status" className="sr-only">
        {m.announce(m.status[status])}
      </p>

      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-zinc-600">
        {job.state === "created" ? <JobTimes since={job.createdAt} summary={summary} estimateMs={polling.estimateMs} rough={polling.estimateRough} ticking={ticking} /> : null}
        {job.state === "sending" ? <ElapsedTime since={job.createdAt} ticking /> : null}
        {job.taskId ? <CopyableId label={m.taskId} value={job.taskId} /> : <CopyableId label={m.yourId} value={job.externalTaskId} />}
      </div>

      {job.state === "refused" && job.failure ? <RefusedPanel job={job} failure={job.failure} /> : null}
      {job.state === "unconfirmed" ? <UnconfirmedPanel job={job} /> : null}
      {job.state === "created" ? <TaskPanel job={job} polling={polling} /> : null}
      {job.state === "imported" ? <p className="mt-3 text-sm text-zinc-700">{m.project.importedNote}</p> : null}

      {job.state !== "sending" ? <ProjectActions job={job} /> : null}

      {job.state !== "sending" ? <RemoveJob job={job} /> : null}
    </article>
  );
}
