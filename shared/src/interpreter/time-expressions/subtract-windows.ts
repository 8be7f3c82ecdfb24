import type { TimeWindow } from './time-window.js';

/**
 * `allowed` minus every window of `excluded`, keeping the order of `allowed`.
 * Exact starts (`fromMs === toMs`) are dropped when an exclusion covers them; empty pieces disappear.
 */
export function subtractWindows(allowed: readonly TimeWindow[], excluded: readonly TimeWindow[]): TimeWindow[] {
  let pieces: TimeWindow[] = allowed.map((window) => ({ ...window }));
  for (const cut of excluded) {
    const cutEnd = cut.toMs ?? Infinity;
    if (cutEnd <= cut.fromMs) continue;
    pieces = pieces.flatMap((piece) => cutPiece(piece, cut.fromMs, cutEnd));
  }
  return pieces;
}

function cutPiece(piece: TimeWindow, cutFrom: number, cutTo: number): TimeWindow[] {
  const pieceEnd = piece.toMs ?? Infinity;
  if (piece.toMs === piece.fromMs) return piece.fromMs >= cutFrom && piece.fromMs < cutTo ? [] : [piece];
  if (pieceEnd <= cutFrom || piece.fromMs >= cutTo) return [piece];
  const result: TimeWindow[] = [];
  if (piece.fromMs < cutFrom) result.push({ fromMs: piece.fromMs, toMs: cutFrom });
  if (pieceEnd > cutTo) result.push({ fromMs: cutTo, toMs: piece.toMs });
  return result;
}
