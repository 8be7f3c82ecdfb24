/**
 * A small L2-penalised logistic regression fitted by Newton's method, for the
 * confidence calibration (a handful of inputs, a few hundred examples).
 */

/** One example: input values and whether the outcome happened. */
export interface LogisticExample {
  readonly inputs: readonly number[];
  readonly outcome: boolean;
}

/** Fitted log-odds: `intercept + Σ weights[i] · inputs[i]`. */
export interface LogisticFit {
  readonly intercept: number;
  readonly weights: readonly number[];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The fitted probability of the outcome for `inputs`. */
export function predictLogistic(fit: LogisticFit, inputs: readonly number[]): number {
  return sigmoid(inputs.reduce((sum, value, i) => sum + (fit.weights[i] ?? 0) * value, fit.intercept));
}

/** Solves `a · x = b` by Gaussian elimination with partial pivoting (a is small and positive definite here). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let row = col + 1; row < n; row++) {
      const factor = m[row]![col]! / m[col]![col]!;
      for (let k = col; k <= n; k++) m[row]![k]! -= factor * m[col]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = m[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= m[row]![k]! * x[k]!;
    x[row] = sum / m[row]![row]!;
  }
  return x;
}

/** One Newton step's gradient and Hessian of the penalised negative log-likelihood; index 0 is the intercept. */
function newtonTerms(
  examples: readonly LogisticExample[],
  beta: readonly number[],
  lambda: number,
): { gradient: number[]; hessian: number[][] } {
  const n = beta.length;
  const gradient = beta.map((b, i) => (i === 0 ? 0 : lambda * b));
  const hessian = beta.map((_, i) => beta.map((__, j) => (i === j && i > 0 ? lambda : 0)));
  for (const example of examples) {
    const x = [1, ...example.inputs];
    const p = sigmoid(x.reduce((sum, value, i) => sum + (beta[i] ?? 0) * value, 0));
    const residual = p - (example.outcome ? 1 : 0);
    for (let i = 0; i < n; i++) {
      gradient[i]! += residual * x[i]!;
      for (let j = 0; j < n; j++) hessian[i]![j]! += p * (1 - p) * x[i]! * x[j]!;
    }
  }
  return { gradient, hessian };
}

/** Fits the regression; `lambda` penalises the weights (not the intercept) so that few examples do not overfit. */
export function fitLogistic(examples: readonly LogisticExample[], options: { lambda: number }): LogisticFit {
  const size = (examples[0]?.inputs.length ?? 0) + 1;
  let beta = new Array<number>(size).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const { gradient, hessian } = newtonTerms(examples, beta, options.lambda);
    const step = solve(hessian, gradient);
    beta = beta.map((b, i) => b - (step[i] ?? 0));
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return { intercept: beta[0] ?? 0, weights: beta.slice(1) };
}
