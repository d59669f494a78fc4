"use client";
// Messages hold functions, which cannot cross the server/client boundary: pass the locale, look the object up here.
import { createContext, useContext, type ReactNode } from "react";
import { DEFAULT_LOCALE, getMessages, type Locale, type Messages } from "./messages";

const MessagesContext = createContext<Messages>(getMessages(DEFAULT_LOCALE));
const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function MessagesProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <LocaleContext value={locale}>
      <MessagesContext value={getMessages(locale)}>{children}</MessagesContext>
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
