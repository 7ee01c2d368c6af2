/** Splits a white-space separated word list (kept as one template string so lists stay compact). */
export function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w.length > 0);
}
