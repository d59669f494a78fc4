"use client";

/** Messages for one field, announced as they appear. */
export function FieldIssues({ id, issues }: { id: string; issues: string[] }) {
  return (
    <div id={id} aria-live="polite" className="empty:hidden">
      {issues.length > 0 ? (
        <ul className="space-y-0.5 text-sm text-red-700">
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
