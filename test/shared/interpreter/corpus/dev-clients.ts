/**
 * The clients and zones the development cases written since the sixth held-out set share, so that each case file
 * holds only its cases.
 */
export const LONDON = 'Europe/London';
export const PARIS = 'Europe/Paris';
export const NY = 'America/New_York';

export const MAYA = 'Maya Collins <maya@collins-design.example>';
export const SELF_MAYA = ['maya@collins-design.example'];
export const HUGO = 'Hugo Marchand <hugo@marchand-archi.fr>';
export const SELF_HUGO = ['hugo@marchand-archi.fr'];
export const DANA = 'Dana Wells <dana@wells-kitchens.example>';
export const SELF_DANA = ['dana@wells-kitchens.example'];
