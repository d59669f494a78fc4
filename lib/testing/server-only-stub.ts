// Stand-in for "server-only" in unit tests, which run outside a React server bundle.
export {};
