/**
 * Tiny structural validators for data that crosses a trust boundary
 * (messages, storage, imported files). Pure, no dependencies.
 */
export type Guard<T> = (v: unknown) => v is T;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === 'string';
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isInteger = (v: unknown): v is number => Number.isInteger(v);
export const isNonNegativeInteger = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

export function isArrayOf<T>(guard: Guard<T>, max = Infinity): Guard<T[]> {
  return (v: unknown): v is T[] => Array.isArray(v) && v.length <= max && v.every(guard);
}

export function isNullable<T>(guard: Guard<T>): Guard<T | null> {
  return (v: unknown): v is T | null => v === null || guard(v);
}

export function isStringMax(max: number): Guard<string> {
  return (v: unknown): v is string => typeof v === 'string' && v.length <= max;
}

/** An object with exactly-known keys: each key's guard must pass; unknown keys are rejected. */
export function isShape<T>(shape: { [K in keyof T]-?: Guard<T[K]> }, optional: ReadonlyArray<keyof T> = []): Guard<T> {
  const keys = Object.keys(shape) as Array<keyof T>;
  return (v: unknown): v is T => {
    if (!isObject(v)) return false;
    for (const k of Object.keys(v)) if (!(k in shape)) return false;
    return keys.every((k) => {
      const value = (v as Record<string, unknown>)[k as string];
      if (value === undefined && optional.includes(k)) return true;
      return shape[k](value);
    });
  };
}
