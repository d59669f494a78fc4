// Issues from the shared rules carry a code and params: worded here in the browser's language.
import type { IssueCodesMessages } from "@/lib/i18n/features/issueCodes.en";
import type { FieldIssue } from "@/lib/kling/schemas";

/** A coded message in the page's language; its English `message` when no catalogue words the code (or none is loaded). */
export function wordCode(c: { code?: string; params?: Record<string, string | number>; message: string }, codes: IssueCodesMessages | null): string {
  const word = c.code ? codes?.[c.code] : undefined;
  return word ? word(c.params ?? {}) : c.message;
}

export function wordIssueCode(issue: FieldIssue, codes: IssueCodesMessages | null): FieldIssue {
  return { ...issue, message: wordCode(issue, codes) };
}
