/**
 * Cards as plain data (STYLE.md: pure card models in cards/, only gas/ touches CardService). The
 * renderer in gas/render-card.ts maps each widget to one CardService builder.
 */

/** An action: a top-level function of Code.js and its string parameters (Apps Script rule). */
export interface CardAction {
  functionName: string;
  parameters?: Record<string, string>;
}

export type Button =
  | { text: string; kind: 'action'; action: CardAction; filled?: boolean }
  | { text: string; kind: 'compose'; action: CardAction }
  | { text: string; kind: 'link'; url: string };

export type Widget =
  | { kind: 'text'; text: string }
  | { kind: 'keyValue'; label: string; value: string }
  | { kind: 'input'; name: string; label: string; value: string; hint?: string }
  | {
      kind: 'select';
      name: string;
      label: string;
      multi: boolean;
      options: { text: string; value: string; selected: boolean }[];
    }
  | { kind: 'buttons'; buttons: Button[] }
  | { kind: 'divider' };

export interface Section {
  header?: string;
  widgets: Widget[];
}

export interface CardModel {
  name: string;
  title: string;
  subtitle?: string;
  sections: Section[];
}

/** Google's limits: 100 sections a card, 100 widgets a section (ADDINS.md §6 #10). */
export const MAX_SECTIONS = 100;
export const MAX_WIDGETS = 100;

/** Text widgets are capped so one long field cannot break the card. */
export const clip = (text: string, max = 500): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
