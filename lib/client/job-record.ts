// A job record's zod schema: what is read back from IndexedDB or another tab is checked against it. Loaded with
// the history (jobs-store.ts imports it lazily), not with the page.
import * as z from "@/lib/kling/zod";
import { TASK_KINDS, TASK_STATUSES } from "@/lib/kling/limits";
import { fieldIssueSchema } from "./answer-schemas";
import { JOB_STATES } from "./job-states";
import { recipeSchema } from "./recipe";

export const failureSchema = z.object({
  status: z.number(),
  code: z.number(),
  message: z.string(),
  reason: z.enum(["http", "network", "timeout", "bad-answer", "interrupted"]),
  errors: z.array(fieldIssueSchema).optional(),
  /** The gateway's own refusal code (sign-in required, a limit…), worded in the browser. */
  refusal: z.string().optional(),
  /** Certainly never reached Kling (our own server refused it, a misconfiguration, the browser was offline). */
  notSent: z.boolean().optional(),
});
export type JobFailure = z.infer<typeof failureSchema>;

export const taskSummarySchema = z.object({
  status: z.enum(TASK_STATUSES),
  statusMsg: z.string().optional(),
  videoUrl: z.string().optional(),
  /** Units Kling reports it charged (final_unit_deduction), once the task has finished. */
  unitsCharged: z.string().optional(),
  updatedAt: z.number(),
  /** The task's created_at (Kling's clock): queued time runs from here. */
  createdAt: z.number().optional(),
  /** When the task was first seen processing (its updated_at then): running time runs from here. */
  startedAt: z.number().optional(),
});
export type TaskSummary = z.infer<typeof taskSummarySchema>;

export const jobRecordSchema = z.object({
  externalTaskId: z.string().min(1),
  kind: z.enum(TASK_KINDS),
  createdAt: z.number(),
  state: z.enum(JOB_STATES),
  prompt: z.string(),
  model: z.string(),
  taskId: z.string().optional(),
  failure: failureSchema.optional(),
  /** The last task status seen, so the history shows it after a reload. */
  task: taskSummarySchema.optional(),
  mode: z.string().optional(),
  duration: z.string().optional(),
  /** The exact body sent, with each large string (frame, mask) replaced by `{ $frame: sha256 }`. */
  sentBody: z.json().optional(),
  /** What the composer made the job from; validated on read, so a damaged one is dropped, not the job. */
  recipe: recipeSchema.optional().catch(undefined),
  /**
   * The original frames (as picked, before shrinking) by editor frame id: `{ name, type, data }` with `data`
   * (base64) stored by content hash like the body's frames.
   */
  originals: z.record(z.string(), z.object({ name: z.string(), type: z.string(), data: z.json() })).optional().catch(undefined),
  /** A small JPEG data URL of the first frame for the card. */
  thumbnail: z.string().startsWith("data:image/").optional(),
  /** "upstream": found in the account's task list, not sent from this browser; "file": imported from a project file. */
  origin: z.enum(["here", "upstream", "file"]).optional(),
});
export type JobRecord = z.infer<typeof jobRecordSchema>;
