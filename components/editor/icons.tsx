// Small stroke icons for the editor toolbar; always shown next to (or inside) a control with a text name.
const paths: Record<string, string> = {
  brush: "M4 20c2.5 0 4-1.5 4-3.5S6.5 13 5 14.5 4 18 4 20Zm4.5-5.5L19 4l1 1-10.5 10.5",
  wand: "M4 20 15 9m1-5v3m0 4v3m-4-5h3m4 0h3m-8.5-3.5 2 2m3 3 2 2m0-7-2 2",
  play: "M7 5v14l12-7Z",
  pause: "M7 5h3v14H7zM14 5h3v14h-3z",
  eraser: "M7 20h12M5.5 14.5l8-8 5 5-8 8h-3l-2-2a2 2 0 0 1 0-3Z",
  path: "M4 18c4-8 8 2 12-6M16 12l4-4M20 8h-4M20 8v4",
  pan: "M8 13V6.5a1.5 1.5 0 0 1 3 0V12m0-6.5a1.5 1.5 0 0 1 3 0V12m0-4.5a1.5 1.5 0 0 1 3 0V15a6 6 0 0 1-6 6h-1a6 6 0 0 1-5-2.7L3.8 14a1.5 1.5 0 0 1 2.4-1.8L8 14",
  undo: "M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3",
  redo: "M15 14l5-5-5-5M20 9H10a6 6 0 0 0 0 12h3",
  zoomIn: "M11 8v6M8 11h6M20 20l-4.3-4.3M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14Z",
  zoomOut: "M8 11h6M20 20l-4.3-4.3M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14Z",
  fit: "M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5",
  eye: "M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12Zm10 3a3 3 0 1 0 0-6 3 3 0 0 0 0 6Z",
  eyeOff: "M3 3l18 18M10.6 5.1A9.8 9.8 0 0 1 12 5c6.5 0 10 7 10 7a17 17 0 0 1-3.2 4.1M6.6 6.6C3.9 8.4 2 12 2 12s3.5 7 10 7a9.7 9.7 0 0 0 5.4-1.6M9.9 9.9a3 3 0 0 0 4.2 4.2",
  trash: "M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3",
  clear: "M5 5l14 14M19 5 5 19",
  plus: "M12 5v14M5 12h14",
};

export type IconName = keyof typeof paths;

export function Icon({ name, className = "size-4" }: { name: IconName; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" className={className} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden>
      <path d={paths[name]} />
    </svg>
  );
}
