"use client";
// The multi-image draft survives a reload (every field and the pictures as picked) and takes a reopened job's
// recipe as a new draft. Storage is lib/client/draft-persistence.ts; the "send anyway" confirmation is never kept.
import { useEffect, useRef, useState } from "react";
import { useReopenListener } from "@/components/jobs/reopen-bus";
import { multiImagePersistence, readStoredFields } from "@/lib/client/draft-persistence";
import { newExternalTaskId } from "@/lib/client/external-id";
import { draftFromFields } from "@/lib/client/draft-fields";
import { defaultMultiImageDraft, type MultiImageDraft } from "@/lib/composer/request-body";
import type { ListedImage } from "./use-image-list";

export interface MultiDraftOptions {
  draft: MultiImageDraft;
  setDraft: (draft: MultiImageDraft) => void;
  images: ListedImage[];
  /** Puts these pictures in place of the list. */
  replaceImages: (pictures: { blob: Blob; name: string }[]) => void;
  /** After a reopen: clear what the last draft showed, focus the composer. */
  onReopen: () => void;
}

export function useMultiDraft({ draft, setDraft, images, replaceImages, onReopen }: MultiDraftOptions) {
  const [persist] = useState(() => (typeof window === "undefined" ? null : multiImagePersistence()));
  const fieldsRead = useRef(false);
  const picturesRead = useRef(false);
  const count = useRef(images.length);
  useEffect(() => {
    count.current = images.length;
  });

  // Read once after mounting (the server render has no storage); a picture added meanwhile wins.
  useEffect(() => {
    if (!persist) return;
    let live = true;
    const stored = persist.loadFields();
    if (stored && !fieldsRead.current) setDraft(readStoredFields(stored, defaultMultiImageDraft(newExternalTaskId()), newExternalTaskId));
    fieldsRead.current = true;
    void persist
      .loadPictures()
      .catch(() => [])
      .then((pictures) => {
        if (!live || picturesRead.current) return;
        picturesRead.current = true;
        if (pictures.length > 0 && count.current === 0) replaceImages(pictures);
      });
    const onHide = () => void persist.flush();
    window.addEventListener("pagehide", onHide);
    return () => {
      live = false;
      window.removeEventListener("pagehide", onHide);
    };
    // Once per mount: the callbacks are read at that time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [persist]);

  useEffect(() => {
    if (fieldsRead.current) persist?.saveFields(draft);
  }, [persist, draft]);
  const listKey = images.map((i) => i.id).join(",");
  useEffect(() => {
    if (picturesRead.current) void persist?.savePictures(images.map((i) => ({ name: i.name, blob: i.blob })));
    // The list is identified by its ids.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [persist, listKey]);

  useReopenListener("multi-image2video", (request) => {
    const id = newExternalTaskId();
    fieldsRead.current = true;
    picturesRead.current = true;
    setDraft(draftFromFields(defaultMultiImageDraft(id), request.recipe.fields, id));
    replaceImages(request.pictures ?? []);
    onReopen();
  });
}
