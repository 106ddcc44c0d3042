/** The number a number input holds, or NaN when it is empty or not a number (the schema then says why). */
export function numberFrom(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}

/** An optional text: empty becomes undefined, so an optional field is left out rather than stored blank. */
export function optionalText(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}
