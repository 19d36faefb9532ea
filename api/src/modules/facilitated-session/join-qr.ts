import { toString as qrToString } from 'qrcode';

/** Join links whose QR code is kept: far more than the sessions one process serves at once. */
const KEPT_QR_CODES = 500;

const drawn = new Map<string, Promise<string>>();

/**
 * The QR code (SVG) of a join link. Drawing one costs milliseconds of CPU and the facilitator's
 * screen reads it after every change in the room, so each link's drawing is kept (the oldest dropped
 * first) and the same SVG served again.
 */
export function joinQrSvg(joinUrl: string): Promise<string> {
  const kept = drawn.get(joinUrl);
  if (kept) return kept;
  const svg = qrToString(joinUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  drawn.set(joinUrl, svg);
  svg.catch(() => drawn.delete(joinUrl));
  if (drawn.size > KEPT_QR_CODES) drawn.delete(drawn.keys().next().value!);
  return svg;
}
