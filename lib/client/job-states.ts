/** A job's states. "imported": read from a project file; kept to be reopened, never polled. */
export const JOB_STATES = ["sending", "created", "refused", "unconfirmed", "imported"] as const;
export type JobState = (typeof JOB_STATES)[number];
