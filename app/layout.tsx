import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { DEFAULT_LOCALE, getMessages } from "@/lib/i18n/messages";
import "./globals.css";

const m = getMessages(DEFAULT_LOCALE);

export const metadata: Metadata = {
  title: m.app.name,
  description: m.app.tagline,
};

// Every page is rendered per request, so each gets the CSP nonce proxy.ts makes.
export const dynamic = "force-dynamic";

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#fafafa",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={DEFAULT_LOCALE}>
      <body>
        <Providers locale={DEFAULT_LOCALE}>{children}</Providers>
      </body>
    </html>
  );
}
