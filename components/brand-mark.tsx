// The app's mark: a path with its end point, on the accent colour. Decorative; the name beside it is the text.
export function BrandMark({ className }: { className: string }) {
  return (
    <span aria-hidden className={`grid shrink-0 place-items-center bg-accent-600 text-white ${className}`}>
      <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M4 17c3-6 6 2 9-4s5-6 7-5" strokeLinecap="round" />
        <circle cx="20" cy="8" r="1.6" fill="currentColor" stroke="none" />
      </svg>
    </span>
  );
}
