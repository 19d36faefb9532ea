/**
 * The WebSocket that carries subscriptions tells the pages each time it (re)connects, so a page can
 * read its state again: anything that changed while a phone slept or the network dropped arrives
 * with that read, since events missed while disconnected are not replayed.
 */
const listeners = new Set<() => void>();

/** Calls listener after every (re)connection of the subscriptions socket; returns the unsubscribe. */
export function onSocketConnected(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Tells every listener the socket has (re)connected; called by the Apollo client's WebSocket link. */
export function notifySocketConnected(): void {
  for (const listener of [...listeners]) listener();
}
