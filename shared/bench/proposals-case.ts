/** Placeholder until the product engine lands: case (c) is added with `proposeSlots`. */
export function benchProposals(_measure: (name: string, run: () => number, extra?: Record<string, unknown>) => void): void {}
