// The recipe a job was made from, as the composer hands it over: versioned and zod-validated, so a record
// written by an older or newer build is read safely. Opaque to the jobs side; the composer reads it back.
import * as z from "@/lib/kling/zod";
import { editorDocumentSchema } from "@/lib/editor/document-schema";
import { TASK_KINDS } from "@/lib/kling/limits";

export const RECIPE_VERSION = 1;

export const recipeSchema = z.object({
  version: z.literal(RECIPE_VERSION),
  kind: z.enum(TASK_KINDS),
  /** The composer's guide mode (first frame only, first + last, motion brush, camera), as it names them. */
  guideMode: z.string().max(64).optional(),
  /** Every composer field as it was on screen (prompt, model, mode, duration, camera, ...). */
  fields: z.record(z.string(), z.unknown()),
  /** The motion-brush document: static area, regions with names and colours, paths (image pixels). */
  editor: editorDocumentSchema.optional(),
});
export type Recipe = z.infer<typeof recipeSchema>;

/** A recipe from storage or a file: the recipe, or null when it is damaged or from an unknown version. */
export function readRecipe(raw: unknown): Recipe | null {
  const parsed = recipeSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
