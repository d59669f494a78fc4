"use client";
// The image-to-video draft survives a reload (every field, the guide mode, the id; the painting and frames are
// the editor session's), and takes a reopened job's recipe as a new draft. The "send anyway" confirmation is
// never kept: after a reload or a reopen the user confirms again what is on screen.
import { useEffect, useRef } from "react";
import { draftFromFields, type ReopenRequest } from "@/lib/client/reopen";
import { EXCLUSIVE_GROUPS, type ExclusiveGroup } from "@/lib/composer/request-body";
import { useReopenListener } from "@/components/jobs/reopen-bus";

export const DRAFT_KEY = "motionbrush:composer-draft:image2video";
const DRAFT_VERSION = 1;

const isGroup = (v: unknown): v is ExclusiveGroup => typeof v === "string" && (EXCLUSIVE_GROUPS as readonly string[]).includes(v);

export interface DraftRestoreOptions<T extends { group: ExclusiveGroup; externalTaskId: string }> {
  draft: T;
  /** A fresh default draft with this external id. */
  defaults: (externalTaskId: string) => T;
  newId: () => string;
  setDraft: (draft: T) => void;
  /** Applies the reopened job's editor document and frames (the draft is set already). */
  onReopen: (request: ReopenRequest) => void;
}

/** The stored draft read over the defaults: only known fields of the right type come back. */
export function readStoredDraft<T extends { group: ExclusiveGroup; externalTaskId: string }>(raw: string | null, defaults: (id: string) => T, newId: () => string): T | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as { version?: unknown; fields?: unknown };
    if (parsed.version !== DRAFT_VERSION || typeof parsed.fields !== "object" || parsed.fields === null) return null;
    const fields = parsed.fields as Record<string, unknown>;
    const id = typeof fields.externalTaskId === "string" && fields.externalTaskId ? fields.externalTaskId : newId();
    const draft = draftFromFields(defaults(id), fields, id);
    return isGroup(draft.group) ? draft : { ...draft, group: defaults(id).group };
  } catch {
    return null;
  }
}

export function useDraftRestore<T extends { group: ExclusiveGroup; externalTaskId: string }>({ draft, defaults, newId, setDraft, onReopen }: DraftRestoreOptions<T>) {
  const read = useRef(false);
  // Read once after mounting (the server render has no storage), then save every change.
  useEffect(() => {
    if (read.current) return;
    read.current = true;
    let stored: string | null = null;
    try {
      stored = window.localStorage.getItem(DRAFT_KEY);
    } catch {
      // Storage blocked: the draft simply does not survive a reload.
    }
    const restored = readStoredDraft(stored, defaults, newId);
    if (restored) setDraft(restored);
  }, [defaults, newId, setDraft]);
  const first = useRef(true);
  useEffect(() => {
    // The first render holds the defaults, not what was stored: do not write them over it.
    if (first.current) {
      first.current = false;
      return;
    }
    try {
      window.localStorage.setItem(DRAFT_KEY, JSON.stringify({ version: DRAFT_VERSION, fields: draft }));
    } catch {
      // Quota or blocked storage: nothing to do.
    }
  }, [draft]);

  useReopenListener("image2video", (request) => {
    const id = newId();
    const next = draftFromFields(defaults(id), request.recipe.fields, id);
    const group = isGroup(request.recipe.guideMode) ? request.recipe.guideMode : isGroup(next.group) ? next.group : defaults(id).group;
    setDraft({ ...next, group });
    onReopen(request);
  });
}
