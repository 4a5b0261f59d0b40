import { useEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { ClientFollowedBy } from './client-poll.ts';
import { pollText as t } from './strings.ts';

/** The id to link to: the given anchor, or the heading of the next widget after the poll titled `title`. */
function findTarget(from: Element, target: ClientFollowedBy): string | null {
  if (target.anchor) return document.getElementById(target.anchor) ? target.anchor : null;
  const title = target.title.trim().toLowerCase();
  for (const section of document.querySelectorAll('section[aria-labelledby]')) {
    if (!(from.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    const id = section.getAttribute('aria-labelledby')!.split(' ')[0];
    const heading = document.getElementById(id);
    if (heading?.textContent?.trim().toLowerCase() === title) return id;
  }
  return null;
}

/** "Now run it": a link from a checked poll to the experiment that shows its answer (nothing if it is not on the page). */
export function FollowedBy({
  of,
  target,
}: {
  of: RefObject<HTMLElement>;
  target: ClientFollowedBy;
}) {
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    const id = of.current ? findTarget(of.current, target) : null;
    setHref(id ? `#${id}` : null);
  }, [target.title, target.anchor]);
  if (!href) return null;
  return (
    <p class="poll-next">
      <strong>{t.nowRunIt}</strong> <a href={href}>{target.title}</a>
    </p>
  );
}
