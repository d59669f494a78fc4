"use client";
// Messages hold functions, which cannot cross the server/client boundary: pass the locale, look the object up here.
// The browser gets only what it shows: the default core catalogue is in the page's first load, any other is fetched
// when its locale is asked for (the page stays server-rendered meanwhile; hydration waits for it). Words of lazily
// loaded parts are in feature catalogues (lib/i18n/feature-messages.ts), each with its own hook.
import { createContext, use, useContext, type ReactNode } from "react";
import { en, type Messages } from "./en";
import { DEFAULT_LOCALE, type Locale } from "./locale";

const loaders: Partial<Record<Locale, () => Promise<Messages>>> = {
  zh: () => import("./zh").then((mod) => mod.zh),
};
const loaded: Partial<Record<Locale, Messages>> = { [DEFAULT_LOCALE]: en };
const pending: Partial<Record<Locale, Promise<Messages>>> = {};

function catalogue(locale: Locale): Messages | Promise<Messages> {
  const ready = loaded[locale];
  if (ready) return ready;
  const load = loaders[locale];
  if (!load) return en;
  const promise = (pending[locale] ??= load().then((messages) => (loaded[locale] = messages)));
  return promise;
}

const MessagesContext = createContext<Messages>(en);
const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function MessagesProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const messages = catalogue(locale);
  return (
    <LocaleContext value={locale}>
      <MessagesContext value={messages instanceof Promise ? use(messages) : messages}>{children}</MessagesContext>
    </LocaleContext>
  );
}

export function useMessages(): Messages {
  return useContext(MessagesContext);
}

/** The locale being shown, for the language switch and for formatting outside the catalogue. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}
