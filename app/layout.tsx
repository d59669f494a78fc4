import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { LOCALE_TAGS } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { getRequestLocale } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const m = getMessages(await getRequestLocale());
  return { title: m.app.name, description: m.app.tagline };
}

// Every page is rendered per request, so each gets the CSP nonce proxy.ts makes.
export const dynamic = "force-dynamic";

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#fafafa",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getRequestLocale();
  return (
    <html lang={LOCALE_TAGS[locale]}>
      <body>
        <Providers locale={locale}>{children}</Providers>
      </body>
    </html>
  );
}
