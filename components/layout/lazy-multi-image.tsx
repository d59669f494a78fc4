"use client";
// The multi-image composer mounts only when its tab is first opened (components/composer/composer-tabs.tsx), so its
// code loads then, not with the page: handed from the server page as this lazy wrapper, not as the component itself.
import dynamic from "next/dynamic";

export const LazyMultiImageComposer = dynamic(
  () => import("@/components/composer/multi-image-composer").then((mod) => mod.MultiImageComposer),
  { ssr: false, loading: () => null },
);
