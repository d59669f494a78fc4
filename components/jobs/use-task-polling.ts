"use client";
// Polls one task until it settles. Transient failures keep the last known status and keep polling.
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { isFinalStatus, summarizeTask, type JobRecord, type TaskSummary } from "@/lib/client/jobs-store";
import { isTransientFailure, type KlingFailure } from "@/lib/client/kling-api";
import type { Task } from "@/lib/kling/schemas";
import { useJobsContext } from "./jobs-provider";

export const POLL_MS = 1500;
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
  checkAgain: () => void;
}

export function useTaskPolling(job: JobRecord): TaskPolling {
  const { client, store } = useJobsContext();
  const { kind, taskId, externalTaskId } = job;
  const query = useQuery<Task, PollError>({
    queryKey: ["kling-task", kind, taskId],
    queryFn: async () => {
      const r = await client.getTask(kind, taskId ?? "");
      if (!r.ok) throw new PollError(r);
      return r.task;
    },
    // A final status is already stored: nothing left to ask.
    enabled: job.state === "created" && taskId !== undefined && !isFinalStatus(job.task?.status),
    refetchInterval: (q) => {
      if (isFinalStatus(q.state.data?.task_status)) return false;
      const error = q.state.error;
      if (error) return isTransientFailure(error.failure) ? RETRY_MS : false;
      return POLL_MS;
    },
    refetchIntervalInBackground: true,
    retry: false,
  });

  const data = query.data;
  useEffect(() => {
    if (data) void store.recordTask(externalTaskId, data);
  }, [data, externalTaskId, store]);

  const error = query.error;
  return {
    summary: data ? summarizeTask(data) : job.task,
    failure: error ? { failure: error.failure, transient: isTransientFailure(error.failure) } : null,
    checkAgain: () => void query.refetch(),
  };
}
