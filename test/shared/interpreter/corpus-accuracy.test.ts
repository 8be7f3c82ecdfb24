import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateCorpus, type CorpusReport } from './evaluate-corpus.js';

describe('interpreter accuracy on the labelled corpus (npm run eval prints the details)', () => {
  let report: CorpusReport;
  beforeAll(async () => {
    report = await evaluateCorpus();
  });

  it('holds at least 200 labelled emails', () => {
    expect(report.cases).toBeGreaterThanOrEqual(200);
  });

  it('keeps contacts exact on at least 98 % of emails', () => {
    expect(report.accuracy.contacts).toBeGreaterThanOrEqual(0.98);
  });

  it('keeps the meeting type right on at least 95 % of emails', () => {
    expect(report.accuracy.type).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps the place right on at least 90 % of emails', () => {
    expect(report.accuracy.location).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps time windows exact on at least 85 % of emails', () => {
    expect(report.accuracy.windowsExact).toBeGreaterThanOrEqual(0.85);
  });
});
