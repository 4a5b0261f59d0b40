import { useEffect } from 'preact/hooks';
import { $pollStates } from '../store.ts';
import { lessonStatus, type LessonPolls } from '../derive.ts';
import { progressText as t } from '../strings.ts';

const SYMBOL = { complete: '✓', 'in-progress': '…' } as const;

/** Adds a mark, with its meaning in words for screen readers, to each lesson link in the sidebar. Renders nothing itself. */
export default function SidebarMarks({ lessonPolls }: { lessonPolls: LessonPolls }) {
  useEffect(
    () =>
      $pollStates.subscribe((states) => {
        for (const [lesson, polls] of Object.entries(lessonPolls)) {
          const status = lessonStatus(polls, states);
          for (const link of document.querySelectorAll<HTMLAnchorElement>(
            `nav.sidebar a[href="/${lesson}/"]`,
          )) {
            link.querySelector('.nn-mark')?.remove();
            if (status === 'not-started') continue;
            const mark = document.createElement('span');
            mark.className = 'nn-mark';
            mark.dataset.status = status;
            const symbol = document.createElement('span');
            symbol.setAttribute('aria-hidden', 'true');
            symbol.textContent = SYMBOL[status];
            const words = document.createElement('span');
            words.className = 'nn-sr-only';
            words.textContent = `, ${t.status[status]}`;
            mark.append(symbol, words);
            link.append(mark);
          }
        }
      }),
    [],
  );
  return null;
}
