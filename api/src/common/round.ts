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
