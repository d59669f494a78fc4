"use client";
// The capability data in force, as the server sent it (the operator's file merged in).
import { createContext, useContext, type ReactNode } from "react";
import { BUILTIN_CATALOG, type Catalog } from "@/lib/kling/builtin-catalog";

const CatalogContext = createContext<Catalog>(BUILTIN_CATALOG);

export function CatalogProvider({ catalog, children }: { catalog: Catalog; children: ReactNode }) {
  return <CatalogContext.Provider value={catalog}>{children}</CatalogContext.Provider>;
}

export const useCatalog = () => useContext(CatalogContext);
