import { SessionEvent, type SessionEventKind } from './dto/session-event.type';

/**
 * The next event to hand a subscriber from those waiting (taken out of `waiting`): a count-only
 * change is passed over when a newer one of its kind is already waiting, since an event carries no
 * data and the screen reads the state afresh: the newer one says all the older one did.
 */
export function nextToDeliver(waiting: SessionEvent[], countOnly: ReadonlySet<SessionEventKind>): SessionEvent {
  for (;;) {
    const first = waiting.shift()!;
    if (!(countOnly.has(first.kind) && waiting.some((e) => e.kind === first.kind))) return first;
  }
}

/**
 * One subscriber's events, read from the source as they arrive and held until the subscriber asks
 * for the next. A subscriber busy with an event (its access is checked before each, a database
 * round trip) is then handed only the newest of the counts that changed meanwhile, not each of a
 * room's burst of votes in turn.
 */
export function bufferedEvents(source: AsyncIterator<unknown>, countOnly: ReadonlySet<SessionEventKind>): AsyncIterator<SessionEvent> {
  const waiting: SessionEvent[] = [];
  let wake = null as (() => void) | null;
  let ended = false;
  let failure: unknown = null;
  void (async () => {
    try {
      for (;;) {
        const next = await source.next();
        if (next.done) break;
        waiting.push(Object.assign(new SessionEvent(), next.value as SessionEvent));
        wake?.();
      }
    } catch (error) {
      failure = error;
    } finally {
      ended = true;
      wake?.();
    }
  })();
  return {
    next: async () => {
      while (waiting.length === 0 && !ended) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      if (waiting.length > 0) return { done: false, value: nextToDeliver(waiting, countOnly) };
      if (failure) throw failure;
      return { done: true, value: undefined };
    },
    return: async () => {
      await source.return?.();
      return { done: true, value: undefined };
    },
  };
}
