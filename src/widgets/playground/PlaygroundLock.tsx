import { useState } from 'preact/hooks';
import { LOCKABLE, PLAYGROUND_PAGE, lockLink } from './lock.ts';
import { controlLabels, lockText } from './strings.ts';

/**
 * A locked training-playground link: paste a link made in the playground (or
 * keep the default run), tick the controls to hide, copy the result. Only the
 * pure lock module is imported, not the playground or the engine.
 */
export default function PlaygroundLock() {
  const [link, setLink] = useState(PLAYGROUND_PAGE);
  const [hide, setHide] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const base = typeof location === 'undefined' ? 'https://example.invalid' : location.origin;
  const locked = lockLink(link, hide as never[], base);

  async function copy() {
    if (!locked.ok) return;
    try {
      await navigator.clipboard.writeText(locked.link);
      setStatus(lockText.copied);
    } catch {
      setStatus(lockText.copyRefused);
    }
  }

  return (
    <section class="nn-widget no-print assign-lock" aria-labelledby="assign-lock-title">
      <h2 id="assign-lock-title" class="nn-widget-title">
        {lockText.title}
      </h2>
      <p>{lockText.intro}</p>
      <label class="nn-field">
        <span>{lockText.linkLabel}</span>
        <input type="url" value={link} onInput={(e) => setLink(e.currentTarget.value)} />
      </label>
      {/* The lesson picker's classes give the checkboxes their touch-sized rows. */}
      <fieldset
        class="assign-lesson"
        style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(11rem, 1fr))' }}
      >
        <legend>{lockText.hideLegend}</legend>
        {LOCKABLE.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              checked={hide.includes(k)}
              onChange={(e) =>
                setHide((h) => (e.currentTarget.checked ? [...h, k] : h.filter((x) => x !== k)))
              }
            />
            {controlLabels[k]}
          </label>
        ))}
      </fieldset>
      {locked.ok ? (
        <div class="nn-row">
          <label class="nn-field assign-lock-out">
            <span>{lockText.lockedLabel}</span>
            <input type="text" readOnly value={locked.link} />
          </label>
          <button type="button" class="nn-button" onClick={copy}>
            {lockText.copy}
          </button>
        </div>
      ) : (
        <p class="nn-field-error" role="alert">
          {locked.message}
        </p>
      )}
      <p role="status" class="nn-status">
        {status}
      </p>
    </section>
  );
}
