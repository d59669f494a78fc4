// The `access` words (English), loaded with the code that shows them: see lib/i18n/feature-messages.ts.

export const accessEn = {
  anonymousHeading: "Open to anyone",
  anonymous:
    "This server uses real Kling keys and lets anyone who can reach it send paid jobs and see every task (MOTIONBRUSH_ALLOW_ANONYMOUS=true). Only the owner's limits apply.",
  closedHeading: "Kling keys are set, but nobody is let in",
  closed: "Every job is refused until the operator chooses who may use this server. Set one of these and restart:",
  closedOptions: [
    { vars: ["MOTIONBRUSH_PASSWORD", "MOTIONBRUSH_SESSION_SECRET"], what: "a sign-in page for people (the secret: at least 32 characters)" },
    { vars: ["MOTIONBRUSH_API_TOKENS"], what: "comma-separated bearer tokens for scripts and Kling clients" },
    { vars: ["MOTIONBRUSH_ALLOW_ANONYMOUS=true"], what: "open to anyone on purpose (the page then shows a warning)" },
  ],
  and: "and",
  noSecretHeading: "Sign-in is set up without its secret",
  noSecret:
    "MOTIONBRUSH_PASSWORD is set, but MOTIONBRUSH_SESSION_SECRET is missing or shorter than 32 characters, so every job is refused. Set a long random MOTIONBRUSH_SESSION_SECRET and restart.",
  tokensOnly: "This server accepts API tokens only (MOTIONBRUSH_API_TOKENS); jobs cannot be sent from this page.",
  signedIn: "Signed in.",
  signOut: "Sign out",
  signingOut: "Signing out…",
  signInTitle: "Sign in to Motionbrush",
  signInIntro: "This Motionbrush server spends its owner's Kling credits, so it asks for the password first.",
  password: "Password",
  signIn: "Sign in",
  signingIn: "Signing in…",
  reasons: {
    "wrong-password": "That password is not right.",
    "limit-signIn": (seconds: number) => `Too many failed attempts. Try again in ${Math.ceil(seconds / 60)} min.`,
    "cross-origin": "The sign-in must come from this page.",
    unavailable: "Sign-in is not available on this server.",
    network: "The server could not be reached. Check the connection and try again.",
  },
};

export type AccessMessages = typeof accessEn;
