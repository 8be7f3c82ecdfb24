/** Zones whose name contains every word of `query` (case- and accent-insensitive; `_` and `/` count as spaces). */
export function filterTimeZones(zones: readonly string[], query: string): string[] {
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[_/]/g, ' ');
  const words = fold(query)
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return [...zones];
  return zones.filter((zone) => {
    const name = fold(zone);
    return words.every((word) => name.includes(word));
  });
}
