// Widgets publish their state here so that a widget-task poll can grade it.
// Not persisted: a widget's state lives as long as the page.
import { map } from 'nanostores';

/** The latest published state of each widget on the page, by widget id. */
export const $widgetState = map<Record<string, unknown>>({});

/** Publishes a widget's current state (call it from an effect whenever the state changes). */
export function publishWidgetState(widget: string, state: unknown): void {
  $widgetState.setKey(widget, state);
}
