import { describe, expect, it } from 'vitest';
import { findSignatureAddress, splitSignature } from '../../../../shared/src/interpreter/message/split-signature.js';

describe('splitSignature', () => {
  it.each([
    ['-- delimiter', 'Coffee Thursday?\n\n-- \nAnn Lee\n+44 20 7946 0321', 'Coffee Thursday?'],
    ['Best,', 'Coffee Thursday?\n\nBest,\nAnn', 'Coffee Thursday?'],
    [
      'Cordialement',
      'Un café jeudi ?\n\nCordialement,\nClaire Martin\n12 rue de la Paix\n75002 Paris',
      'Un café jeudi ?',
    ],
    ['Bien à vous', 'Un café jeudi ?\nBien à vous,\nClaire', 'Un café jeudi ?'],
    ['Sent from my iPhone', 'Friday works!\n\nSent from my iPhone', 'Friday works!'],
    [
      'trailing phone and address block',
      'Call me Monday.\n\nAnn Lee\nAcme\n200 Aldersgate Street\nLondon EC1A 4HD\n+44 20 7946 0321',
      'Call me Monday.',
    ],
  ])('cuts the signature after %s', (_name, text, body) => {
    expect(splitSignature(text).text).toBe(body);
  });

  it.each([
    [
      'EN',
      'Lunch Friday?\n\nAnn Lee\nAcme | 3 Dock Street, Leeds LS1 1AA\n\nCONFIDENTIAL: this e-mail is intended only for the named recipient and may be privileged.',
    ],
    [
      'FR',
      "Un café vendredi ?\n\nClaire Martin\n4 rue du Bac, 75007 Paris\n\nCe courriel et ses pièces jointes sont confidentiels ; si vous n'en êtes pas le destinataire, détruisez-le.",
    ],
  ])('finds the signature above a trailing legal footer (%s)', (_language, text) => {
    const split = splitSignature(text);
    expect(split.text).toBe(text.split('\n')[0]);
    expect(split.signature).toMatch(/\d+ (Dock Street|rue du Bac)/);
  });

  it('does not take a first-line "Merci !" or a sentence with an address for a signature', () => {
    expect(splitSignature('Merci !\nOn se voit jeudi au 8 avenue Montaigne, 75008 Paris.').text).toBe(
      'Merci !\nOn se voit jeudi au 8 avenue Montaigne, 75008 Paris.',
    );
  });
});

describe('findSignatureAddress', () => {
  it.each([
    ['Claire Martin\n12 rue de la Paix\n75002 Paris\nTél. : 01 42 60 00 00', '12 rue de la Paix, 75002 Paris'],
    ['David Miller\n4 Crown Place, London EC2A 4BT\n+44 20 7946 0321', '4 Crown Place, London EC2A 4BT'],
    [
      'Julie\n1250 boulevard René-Lévesque Ouest\nMontréal (Québec) H3B 4W8',
      '1250 boulevard René-Lévesque Ouest, Montréal (Québec) H3B 4W8',
    ],
    ['Ann Lee\nMobile: +44 7700 900123', null],
    ['Tom\nNorthwind Group | 77 Mill Street, Boston, MA 02109\nT +1 617 555 0100', '77 Mill Street, Boston, MA 02109'],
    [
      'Ravi\nSky Pvt. Ltd.\n2nd Floor, Block A, Salt Lake, Kolkata 700091',
      '2nd Floor, Block A, Salt Lake, Kolkata 700091',
    ],
  ])('reads the postal address of a signature (%#)', (signature, address) => {
    expect(findSignatureAddress(signature)).toBe(address);
  });
});
