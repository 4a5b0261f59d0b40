import type { ComponentChildren } from 'preact';

/** A polite live region: screen readers announce its text when it changes. */
export function LiveStatus({ children }: { children: ComponentChildren }) {
  return (
    <p class="nn-status" role="status" aria-live="polite">
      {children}
    </p>
  );
}
