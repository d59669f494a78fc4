// Locale-aware formatting shared by every catalogue. Each function takes a BCP 47 tag ("en", "zh-CN"), so the
// catalogues stay plain objects and the same numbers look right in each language. Pure: no React, no Next.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(tag: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A whole or decimal number with the locale's digit grouping: 12,345 in both English and Chinese. */
export function formatNumber(tag: string, value: number, maximumFractionDigits = 0): string {
  return numberFormat(tag, { maximumFractionDigits }).format(value);
}

/** A fraction from 0 to 1 as a percentage: 0.85 → "85%". */
export function formatPercent(tag: string, fraction: number): string {
  return numberFormat(tag, { style: "percent", maximumFractionDigits: 0 }).format(fraction);
}

/**
 * A byte count as KB or MB, binary units as the rest of the app counts them (1 MB = 1024 × 1024 bytes).
 * The unit stays "KB"/"MB" in every language (Chinese UIs, Kling's included, write them in Latin letters);
 * only the number follows the locale.
 */
export function formatBytes(tag: string, bytes: number): string {
  if (bytes >= 1024 * 1024) {
    return `${numberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
  }
  return `${formatNumber(tag, Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/** A length of time in whole seconds, spelled the locale's way: "5 seconds", "5秒". */
export function formatSeconds(tag: string, seconds: number, unitDisplay: "long" | "short" = "long"): string {
  return numberFormat(tag, { style: "unit", unit: "second", unitDisplay, maximumFractionDigits: 1 }).format(seconds);
}

/** A running clock, "m:ss" or "h:mm:ss": the same digits in every locale this app speaks. */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** A short date and time for a job card: "Dec 2, 09:05 AM", "12月2日 09:05". */
export function formatDateTime(tag: string, date: Date): string {
  return date.toLocaleString(tag, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
}

/** A list joined the locale's way: "a, b and c", "a、b和c". */
export function formatList(tag: string, items: readonly string[], type: "conjunction" | "disjunction" = "conjunction"): string {
  return new Intl.ListFormat(tag, { style: "long", type }).format(items);
}
