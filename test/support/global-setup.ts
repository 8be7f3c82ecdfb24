/** Runs once before all test files: nothing to prepare yet beyond what each file does itself. */
export default function setup(): void {}
