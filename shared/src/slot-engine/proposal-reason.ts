/** Why a slot was chosen, machine-readable; the first code of a proposal drives its human sentence. */
export type ProposalReason =
  | 'preferred-time'
  | 'first-free-hour'
  | 'preferred-part-of-day'
  | 'keeps-day-compact'
  | 'optional-attendees-free'
  | 'earliest-day'
  | 'free-slot';
