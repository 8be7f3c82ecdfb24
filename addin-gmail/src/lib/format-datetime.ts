/**
 * The add-on's only use of Intl (STYLE.md §3; Apps Script's V8 runtime has full Intl). Instants
 * are ISO UTC strings shown in the client's zone.
 */
const localeOf = (language: 'en' | 'fr') => (language === 'fr' ? 'fr-FR' : 'en-GB');

/** "Tue 3 Mar, 10:00–10:30" in `timeZone`. */
export function formatSlot(slot: { start: string; end: string }, timeZone: string, language: 'en' | 'fr'): string {
  const day = new Intl.DateTimeFormat(localeOf(language), {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(slot.start));
  const time = new Intl.DateTimeFormat(localeOf(language), {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${day}, ${time.format(new Date(slot.start))}–${time.format(new Date(slot.end))}`;
}
