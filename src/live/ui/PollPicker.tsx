import { useState } from 'preact/hooks';
import type { LiveBank } from '../bank-types.ts';
import { defaultPicks, move, pickGroups } from '../view-model.ts';
import { hostText as t } from '../strings.ts';

/** What the teacher chose: a title, polls in order, whether names are optional. */
export interface Picked {
  title: string;
  pollIds: string[];
  allowAnonymous: boolean;
}

/** The form that opens a class: the lecture's polls ticked first, then every lesson's polls, in an order. */
export function PollPicker({
  bank,
  busy,
  error,
  onCreate,
}: {
  bank: LiveBank;
  busy: boolean;
  error: string;
  onCreate(p: Picked): void;
}) {
  const [title, setTitle] = useState<string>(t.defaultTitle);
  const [anon, setAnon] = useState(true);
  const [order, setOrder] = useState<string[]>(() => defaultPicks(bank));
  const [tried, setTried] = useState(false);
  const toggle = (id: string) =>
    setOrder((o) => (o.includes(id) ? o.filter((x) => x !== id) : [...o, id]));
  const submit = (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (order.length > 0)
      onCreate({ title: title.trim() || t.defaultTitle, pollIds: order, allowAnonymous: anon });
  };
  const name = (id: string) => bank.titles[id] ?? id;
  return (
    <form class="live-picker" onSubmit={submit} noValidate>
      <h2>{t.pickTitle}</h2>
      <div class="nn-field">
        <label for="live-title">{t.classTitle}</label>
        <input
          id="live-title"
          value={title}
          maxLength={120}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
      </div>
      <label class="live-check">
        <input type="checkbox" checked={anon} onChange={() => setAnon(!anon)} /> {t.allowAnonymous}
      </label>
      {pickGroups(bank, t.lectureGroup).map((g) => (
        <fieldset key={g.key} class="live-group">
          <legend>{g.title}</legend>
          <ul>
            {g.polls.map((id) => {
              const widget = bank.polls[id].type === 'widget';
              return (
                <li key={id}>
                  <label class="live-check">
                    <input
                      type="checkbox"
                      value={id}
                      checked={order.includes(id)}
                      disabled={widget}
                      onChange={() => toggle(id)}
                    />
                    <span>{name(id)}</span>
                    {widget && <em> ({t.widgetPoll})</em>}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      <section class="live-order" aria-labelledby="live-order-h">
        <h3 id="live-order-h">{order.length > 0 ? t.chosen(order.length) : t.noneChosen}</h3>
        <ol>
          {order.map((id, i) => (
            <li key={id}>
              <span>{name(id)}</span>
              <button
                type="button"
                class="nn-button"
                aria-label={t.moveUp(name(id))}
                disabled={i === 0}
                onClick={() => setOrder(move(order, id, -1))}
              >
                ↑
              </button>
              <button
                type="button"
                class="nn-button"
                aria-label={t.moveDown(name(id))}
                disabled={i === order.length - 1}
                onClick={() => setOrder(move(order, id, 1))}
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
      </section>
      {tried && order.length === 0 && <p role="alert">{t.noneChosen}</p>}
      {error && (
        <p role="alert" class="live-error">
          {error}
        </p>
      )}
      <button type="submit" class="nn-button live-primary" disabled={busy}>
        {busy ? t.creating : t.create}
      </button>
    </form>
  );
}
