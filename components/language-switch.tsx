"use client";
// The header's language switch: remembers the choice in the `mb-locale` cookie and re-renders server and client
// components in place (router.refresh keeps what the user typed, painted and picked).
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { isLocale, LOCALE_NAMES, LOCALE_TAGS, LOCALES, localeCookie } from "@/lib/i18n/locale";
import { useLocale, useMessages } from "@/lib/i18n/messages-context";

export function LanguageSwitch() {
  const m = useMessages().locale;
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const choose = (next: string) => {
    if (!isLocale(next) || next === locale) return;
    document.cookie = localeCookie(next);
    document.documentElement.lang = LOCALE_TAGS[next];
    startTransition(() => router.refresh());
  };

  return (
    <label className="relative inline-flex shrink-0 items-center">
      <span className="sr-only">{m.label}</span>
      <svg
        aria-hidden
        viewBox="0 0 24 24"
        className="pointer-events-none absolute left-2.5 size-4 text-zinc-500 max-sm:hidden"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
      >
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3Z" />
      </svg>
      <select
        value={locale}
        onChange={(e) => choose(e.target.value)}
        aria-busy={pending || undefined}
        className="h-9 appearance-none rounded-lg border border-zinc-300 bg-white pr-8 pl-8 text-sm max-sm:pl-2 text-zinc-800 shadow-sm hover:border-zinc-400 disabled:opacity-60"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={LOCALE_TAGS[l]}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      <svg
        aria-hidden
        viewBox="0 0 20 20"
        className="pointer-events-none absolute right-2.5 size-4 text-zinc-500"
        fill="currentColor"
      >
        <path d="M5.2 7.7a.75.75 0 0 1 1.06.02L10 11.6l3.74-3.88a.75.75 0 1 1 1.08 1.04l-4.28 4.44a.75.75 0 0 1-1.08 0L5.18 8.76a.75.75 0 0 1 .02-1.06Z" />
      </svg>
    </label>
  );
}
