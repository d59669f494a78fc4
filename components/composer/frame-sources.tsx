"use client";
// More ways in for a frame: paste from the clipboard, or load an address. Both end in the picker's
// own checks, exactly like a chosen file.
import { useId, useState } from "react";
import { isHttpUrl } from "@/lib/kling/value-checks";
import { useMessages } from "@/lib/i18n/messages-context";

const IMAGE_TYPES = ["image/png", "image/jpeg"];

/** The first PNG or JPEG among pasted or dropped items. */
export function imageFromClipboard(data: DataTransfer | null): File | null {
  if (!data) return null;
  for (const item of Array.from(data.items ?? [])) {
    if (item.kind === "file" && IMAGE_TYPES.includes(item.type)) return item.getAsFile();
  }
  return Array.from(data.files ?? []).find((f) => IMAGE_TYPES.includes(f.type)) ?? null;
}

function nameFromUrl(url: string): string {
  try {
    const last = new URL(url).pathname.split("/").filter(Boolean).pop();
    return last ? decodeURIComponent(last) : url;
  } catch {
    return url;
  }
}

export function FrameSources({ slot, onPick, onNotice }: { slot: "first" | "last"; onPick: (blob: Blob, name: string) => void; onNotice: (text: string | null) => void }) {
  const m = useMessages().frames.sources;
  const id = useId();
  const [url, setUrl] = useState("");
  const [loading, setLoading] = useState(false);
  const frameName = m.frameNames[slot];

  const paste = async () => {
    onNotice(null);
    try {
      for (const item of await navigator.clipboard.read()) {
        const type = item.types.find((t) => IMAGE_TYPES.includes(t));
        if (type) return onPick(await item.getType(type), m.pastedName);
      }
      onNotice(m.pasteEmpty);
    } catch {
      onNotice(m.pasteDenied);
    }
  };

  const load = async () => {
    const address = url.trim();
    if (!isHttpUrl(address)) return onNotice(m.urlInvalid);
    onNotice(null);
    setLoading(true);
    try {
      let res: Response;
      try {
        res = await fetch(address, { mode: "cors", credentials: "omit" });
      } catch {
        return onNotice(m.urlBlocked);
      }
      if (!res.ok) return onNotice(m.urlFailed(`HTTP ${res.status}`));
      const blob = await res.blob();
      if (blob.type && !blob.type.startsWith("image/")) return onNotice(m.urlNotImage);
      onPick(blob, nameFromUrl(address));
    } catch (e) {
      onNotice(m.urlFailed(e instanceof Error ? e.message : String(e)));
    } finally {
      setLoading(false);
    }
  };

  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
      <button
        type="button"
        onClick={paste}
        aria-label={m.pasteLabel(frameName)}
        className="rounded-md border border-zinc-300 bg-white px-2.5 py-1 text-sm font-medium text-zinc-800 hover:bg-zinc-50"
      >
        {m.paste}
      </button>
      <div className="flex min-w-0 flex-1 gap-1.5">
        <label htmlFor={`${id}-url`} className="sr-only">
          {m.urlLabel(frameName)}
        </label>
        <input
          id={`${id}-url`}
          type="url"
          inputMode="url"
          value={url}
          placeholder={m.urlPlaceholder}
          onChange={(e) => setUrl(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Inside the composer's form: Enter loads the address instead of sending the job.
            if (e.key === "Enter") {
              e.preventDefault();
              void load();
            }
          }}
          className="min-w-0 flex-1 rounded-md border border-zinc-300 px-2 py-1 text-sm"
        />
        <button
          type="button"
          onClick={load}
          disabled={loading}
          aria-label={m.loadLabel(frameName)}
          className="rounded-md border border-zinc-300 bg-white px-2.5 py-1 text-sm font-medium text-zinc-800 hover:bg-zinc-50 disabled:opacity-60"
        >
          {loading ? m.loading : m.load}
        </button>
      </div>
    </div>
  );
}
