"use client";
// Polls one task until it settles, on the backing-off schedule, from one visible tab at a time.
// Transient failures keep the last known status and keep polling; past the deadline the job keeps its id and waits
// for "Check again".
import { useJobsMessages } from "@/lib/i18n/features/jobs";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { isFinalStatus, type JobRecord, type TaskSummary } from "@/lib/client/jobs-store";
import { isTransientFailure, type KlingFailure } from "@/lib/client/kling-api";
import { nextPollDelay, pollDeadline } from "@/lib/client/poll-schedule";
import type { Task } from "@/lib/kling/schemas";
import { waitEstimate } from "@/lib/client/wait-guide";
import { useJobsContext, useJobsSnapshot } from "./jobs-provider";
import { notifyJobEnded } from "./notifications";
import { usePollLeader } from "./use-poll-leader";

const RETRY_MS = 3000;

class PollError extends Error {
  constructor(readonly failure: KlingFailure) {
    super(failure.message);
  }
}

export interface TaskPolling {
  summary: TaskSummary | undefined;
  /** The last query failed; `transient` means polling goes on by itself. */
  failure: { failure: KlingFailure; transient: boolean } | null;
  /** Past the deadline: no automatic polls any more, the task id is kept. */
  expired: boolean;
  /** Typical total time of similar finished jobs in this browser, in ms; the rough guide before there are any. */
  estimateMs: number | undefined;
  /** The estimate is the rough guide (lib/client/wait-guide.ts), not this browser's own jobs. */
  estimateRough: boolean;
  /** How long after its creation the browser stops asking by itself. */
  deadlineMs: number;
  checking: boolean;
  checkAgain: () => void;
}

export function useTaskPolling(job: JobRecord): TaskPolling {
  const { client, store } = useJobsContext();
  const notify = useJobsMessages().notify;
  const { jobs } = useJobsSnapshot();
  const { kind, taskId, externalTaskId } = job;
  const estimate = waitEstimate(jobs, job);
  const estimateMs = estimate.ms;
  const deadline = pollDeadline(estimateMs);
  const final = isFinalStatus(job.task?.status);
  const [expired, setExpired] = useState(false);
  const followable = job.state === "created" && taskId !== undefined && !final;
  const leader = usePollLeader(`motionbrush-poll:${kind}:${taskId ?? externalTaskId}`, followable && !expired);

  useEffect(() => {
    if (!followable) return;
    const left = job.createdAt + deadline - Date.now();
    const t = setTimeout(() => setExpired(true), Math.max(0, left));
    return () => clearTimeout(t);
  }, [followable, job.createdAt, deadline]);

  const query = useQuery<Task, PollError>({
    queryKey: ["kling-task", kind, taskId],
    queryFn: async () => {
      const r = await client.getTask(kind, taskId ?? "");
      if (!r.ok) throw new PollError(r);
      return r.task;
    },
    enabled: followable && leader && !expired,
    refetchInterval: (q) => {
      if (isFinalStatus(q.state.data?.task_status)) return false;
      const error = q.state.error;
      if (error && !isTransientFailure(error.failure)) return false;
      const delay = nextPollDelay({ ageMs: Date.now() - job.createdAt, ...(estimateMs ? { estimateMs } : {}) });
      if (delay === null) return false;
      return error ? Math.max(delay, RETRY_MS) : delay;
    },
    // Hidden tabs do not poll; the tab that becomes visible asks at once.
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    retry: false,
  });

  const data = query.data;
  const wasFinal = useRef(final);
  useEffect(() => {
    if (!data) return;
    void store.recordTask(externalTaskId, data);
    if (isFinalStatus(data.task_status) && !wasFinal.current) {
      wasFinal.current = true;
      notifyJobEnded(data.task_status === "succeed" ? notify.succeeded : notify.failed, job.prompt || notify.noPrompt);
    }
  }, [data, externalTaskId, store, job.prompt, notify]);

  const error = query.error;
  return {
    summary: job.task,
    failure: error ? { failure: error.failure, transient: isTransientFailure(error.failure) } : null,
    expired: expired && !final,
    estimateMs,
    estimateRough: estimate.rough,
    deadlineMs: deadline,
    checking: query.isFetching,
    checkAgain: () => void query.refetch(),
  };
}
