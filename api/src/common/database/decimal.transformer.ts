import type { ValueTransformer } from 'typeorm';

/** PostgreSQL returns numeric columns as strings to keep precision; scores fit a double, so read them as numbers. */
export const decimalTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
