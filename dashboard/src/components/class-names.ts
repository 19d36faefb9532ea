/** Joins class names, leaving out the ones not wanted (false, null or undefined). */
export const classNames = (...names: (string | false | null | undefined)[]): string => names.filter(Boolean).join(' ');
