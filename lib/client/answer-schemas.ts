// The gateway's answers as the browser checks them: zod schemas, loaded with the first call (kling-api.ts imports
// this lazily), not with the page.
import * as z from "@/lib/kling/zod";
import { taskEnvelopeSchema, taskListEnvelopeSchema } from "@/lib/kling/schemas";

export { taskEnvelopeSchema, taskListEnvelopeSchema };

/** A field issue as the gateway sends it: the code and params let the browser word it. */
export const fieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const errorEnvelopeSchema = z.object({
  code: z.number().int(),
  message: z.string(),
  request_id: z.string().optional(),
  errors: z.array(fieldIssueSchema).optional(),
  reason: z.string().optional(),
});
