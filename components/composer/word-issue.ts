// Issues from the shared rules carry a code and params: worded here in the browser's language.
import type { Messages } from "@/lib/i18n/messages";
import type { FieldIssue } from "@/lib/kling/schemas";

export function wordIssueCode(issue: FieldIssue, codes: Messages["issueCodes"]): FieldIssue {
  const word = issue.code ? codes[issue.code] : undefined;
  return word ? { ...issue, message: word(issue.params ?? {}) } : issue;
}
