/**
 * The participant token of the session this device takes part in. It is set by the participant
 * page once it knows the token (from joining, or from the device's storage) and read by the Apollo
 * client for every request (the X-Participant-Token header) and each WebSocket connection
 * (connectionParams.participantToken).
 */
let current: string | null = null;

/** The token to send, or null when this page is not a participant's. */
export const getParticipantToken = (): string | null => current;

/** Sets (or, with null, clears) the token the client sends. */
export function setParticipantToken(token: string | null): void {
  current = token;
}

/** The request header the API reads the participant token from. */
export const PARTICIPANT_TOKEN_HEADER = 'X-Participant-Token';
