import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $pollStates } from '../store.ts';
import { courseTotal, type LessonPolls } from '../derive.ts';
import { StorageNotice } from './StorageNotice.tsx';
import { progressText as t } from '../strings.ts';

/** The course total for the landing page: lessons complete and polls answered correctly, from this browser's progress. */
export default function CourseTotal({
  lessonPolls,
  href,
}: {
  lessonPolls: LessonPolls;
  href: string;
}) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const states = useStore($pollStates);
  const total = courseTotal(lessonPolls, mounted ? states : {});
  return (
    <section class="nn-course-total" aria-labelledby="nn-course-total-title">
      {mounted && <StorageNotice />}
      <h3 id="nn-course-total-title" class="nn-sr-only">
        {t.yourProgress}
      </h3>
      <p data-testid="course-total">
        {mounted
          ? t.courseTotal(
              total.lessonsComplete,
              total.lessons,
              total.solved,
              total.polls,
              total.firstTry,
            )
          : t.keptHere}{' '}
        <a href={href}>{t.myProgress}</a>
      </p>
      <progress
        class="nn-meter"
        max={total.polls || 1}
        value={total.solved}
        aria-label={t.meterLabel}
      />
    </section>
  );
}
