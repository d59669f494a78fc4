"use client";
// Optional browser notifications when a job ends. Off until the person turns them on; the choice is kept.
import { useSyncExternalStore } from "react";

const KEY = "motionbrush-notify";
const listeners = new Set<() => void>();

const supported = () => typeof window !== "undefined" && "Notification" in window;

function read(): boolean {
  try {
    return supported() && Notification.permission === "granted" && localStorage.getItem(KEY) === "on";
  } catch {
    return false;
  }
}

export function useNotifyPreference(): [boolean, (on: boolean) => Promise<void>, boolean] {
  const on = useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    read,
    () => false,
  );
  const set = async (next: boolean) => {
    if (next && supported() && Notification.permission !== "granted") await Notification.requestPermission();
    try {
      localStorage.setItem(KEY, next && Notification.permission === "granted" ? "on" : "off");
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    listeners.forEach((l) => l());
  };
  return [on, set, supported()];
}

/** Shown by the one tab that polled the job; a visible page needs no notification. */
export function notifyJobEnded(title: string, body: string) {
  if (!read() || document.visibilityState === "visible") return;
  try {
    new Notification(title, { body, tag: "motionbrush-job" });
  } catch {
    /* some browsers only allow notifications from a service worker */
  }
}
