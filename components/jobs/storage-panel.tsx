"use client";
// How much this browser keeps (videos, and the site's whole share of storage), with a way to free it.
import { useJobsMessages } from "@/lib/i18n/features/jobs";
import { useEffect, useState } from "react";
import { useJobsContext } from "./jobs-provider";
import { useNotifyPreference } from "./notifications";

interface Usage {
  count: number;
  bytes: number;
  used?: number;
  quota?: number;
}

export function StoragePanel() {
  const m = useJobsMessages();
  const { videos } = useJobsContext();
  const [usage, setUsage] = useState<Usage | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState("");
  const [version, setVersion] = useState(0);
  const [notify, setNotify, canNotify] = useNotifyPreference();

  useEffect(() => videos.subscribe(() => setVersion((v) => v + 1)), [videos]);
  useEffect(() => {
    let live = true;
    void (async () => {
      const kept = await videos.usage().catch(() => ({ count: 0, bytes: 0 }));
      const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
      if (live) setUsage({ ...kept, ...(estimate?.usage !== undefined ? { used: estimate.usage } : {}), ...(estimate?.quota ? { quota: estimate.quota } : {}) });
    })();
    return () => {
      live = false;
    };
  }, [videos, version]);

  return (
    <section aria-labelledby="storage-heading" className="space-y-2 rounded-2xl border border-zinc-200 bg-white p-4 text-sm text-zinc-700 shadow-sm">
      <h3 id="storage-heading" className="font-medium text-zinc-900">
        {m.storage.heading}
      </h3>
      <p data-testid="storage-summary">
        {usage ? m.storage.summary(usage.count, usage.bytes) : ""}
        {usage?.used !== undefined && usage.quota ? ` ${m.storage.quota(usage.used, usage.quota)}` : ""}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {confirming ? (
          <div role="group" aria-label={m.storage.free} className="flex flex-wrap items-center gap-2">
            <p>{m.storage.confirm}</p>
            <button type="button" autoFocus onClick={() => setConfirming(false)} className="rounded-md border border-zinc-300 bg-white px-3 py-1 font-medium text-zinc-800 hover:bg-zinc-50">
              {m.storage.no}
            </button>
            <button
              type="button"
              onClick={async () => {
                setConfirming(false);
                await videos.clear();
                setNote(m.storage.freed);
              }}
              className="rounded-md bg-red-600 px-3 py-1 font-medium text-white hover:bg-red-700"
            >
              {m.storage.yes}
            </button>
          </div>
        ) : (
          <button
            type="button"
            disabled={!usage || usage.count === 0}
            onClick={() => {
              setNote("");
              setConfirming(true);
            }}
            className="rounded-md border border-zinc-300 bg-white px-3 py-1 font-medium text-zinc-800 hover:bg-zinc-50 disabled:opacity-50"
          >
            {m.storage.free}
          </button>
        )}
        <p role="status" className="empty:hidden">
          {note}
        </p>
      </div>
      {canNotify ? (
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={notify} onChange={(e) => void setNotify(e.target.checked)} className="size-4 accent-accent-600" />
          {m.notify.toggle}
        </label>
      ) : null}
    </section>
  );
}
