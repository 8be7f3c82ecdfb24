/** Address headers as Gmail returns them (getFrom/getTo/getCc), parsed into thread people. */
import type { ThreadPerson } from '@slash/shared';

/** "Alice Martin <alice@x.org>, bob@y.org" → people. */
export function parseAddressList(header: string): ThreadPerson[] {
  return header
    .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const match = /^(.*)<([^>]+)>$/.exec(part);
      const email = (match?.[2] ?? part).trim().toLowerCase();
      const name = match?.[1]?.trim().replace(/^"|"$/g, '') ?? '';
      return name === '' ? { email } : { email, name: name.slice(0, 200) };
    })
    .filter((person) => person.email.includes('@'));
}
