import { registerDecorator } from 'class-validator';

/** A round is a financial year such as "2026-27": four digits, a hyphen, and the next year's last two. */
export const ROUND_PATTERN = /^(?:19|20)\d{2}-\d{2}$/;
export const ROUND_MESSAGE = 'round must be a financial year such as "2026-27"';

export function isValidRound(round: string): boolean {
  if (!ROUND_PATTERN.test(round)) return false;
  const start = Number(round.slice(0, 4));
  return Number(round.slice(5)) === (start + 1) % 100;
}

/** The rounds from `first` for `count` years, e.g. roundsFrom("2025-26", 2) → ["2025-26", "2026-27"]. */
export function roundsFrom(first: string, count: number): string[] {
  const start = Number(first.slice(0, 4));
  return Array.from({ length: count }, (_, i) => `${start + i}-${String((start + i + 1) % 100).padStart(2, '0')}`);
}

/** The longest window a comparison may use: each council's latest submission in up to this many rounds. */
export const MAX_WINDOW = 3;

/** The rounds of a window ending with `round`, oldest first: windowOf("2026-27", 2) → ["2025-26", "2026-27"]. */
export function windowOf(round: string, size: number): string[] {
  const start = Number(round.slice(0, 4)) - (size - 1);
  return roundsFrom(`${start}-${String((start + 1) % 100).padStart(2, '0')}`, size);
}

/** class-validator rule for round fields. */
export function IsRound(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isRound',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: ROUND_MESSAGE },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidRound(value) },
    });
}
