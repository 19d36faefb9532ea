import { normaliseJoinCode } from '../view-models/session-words';

/** What a device keeps about a session it joined: the token (shown once by the API) and the session's id. */
export type StoredParticipant = { token: string; sessionId: string };

const KEY_PREFIX = 'touchstone.participant.';

/** The device's storage, or null where it is unavailable (private modes, blocked storage): joining then lasts as long as the page. */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The participant this device joined as with this code, if it did and kept it. */
export function loadParticipant(code: string): StoredParticipant | null {
  try {
    const value = storage()?.getItem(KEY_PREFIX + normaliseJoinCode(code));
    if (!value) return null;
    const parsed = JSON.parse(value) as Partial<StoredParticipant>;
    return typeof parsed.token === 'string' && typeof parsed.sessionId === 'string'
      ? { token: parsed.token, sessionId: parsed.sessionId }
      : null;
  } catch {
    return null;
  }
}

/** Keeps the participant on the device, so a reload or a later visit with the same code resumes. */
export function saveParticipant(code: string, participant: StoredParticipant): void {
  try {
    storage()?.setItem(KEY_PREFIX + normaliseJoinCode(code), JSON.stringify(participant));
  } catch {
    // Storage full or refused: the page still works until it is closed.
  }
}

/** Forgets the participant, e.g. when the API no longer knows its token. */
export function forgetParticipant(code: string): void {
  try {
    storage()?.removeItem(KEY_PREFIX + normaliseJoinCode(code));
  } catch {
    // Nothing to forget.
  }
}
