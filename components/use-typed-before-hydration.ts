"use client";
import { useEffect, useRef } from "react";

/**
 * Text typed into a server-rendered field before the page hydrated sits in the DOM but not in state, and the next
 * render would wipe it (a language switch, a restored draft). On mount, such text is taken into state once.
 */
export function useTypedBeforeHydration<T extends HTMLInputElement | HTMLTextAreaElement>(value: string, onChange: (value: string) => void) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const typed = ref.current?.value;
    if (typed !== undefined && typed !== value) onChange(typed);
    // Once, on mount: afterwards React owns the field's value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return ref;
}
