/**
 * Prints, after the browser tests, how long each spec file and the slowest tests took (summed over
 * projects and retries), so a test that grows slow is seen before it times out on a slower machine.
 * The last line is the plain "N passed, N failed" summary that CI logs are read for.
 */
import { relative } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

const SLOWEST_SHOWN = 8;
const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`.padStart(9);

export default class DurationsReporter implements Reporter {
  private readonly byFile = new Map<string, number>();
  private readonly tests: { title: string; duration: number }[] = [];
  private readonly outcomes = new Map<TestCase, string>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const file = relative(process.cwd(), test.location.file);
    this.byFile.set(file, (this.byFile.get(file) ?? 0) + result.duration);
    this.tests.push({ title: `${test.parent.project()?.name ?? ''} › ${file} › ${test.title}`, duration: result.duration });
    this.outcomes.set(test, test.outcome());
  }

  onEnd(result: FullResult): void {
    const lines = ['', 'Browser test time by file (all projects and retries):'];
    for (const [file, duration] of [...this.byFile].sort((a, b) => b[1] - a[1])) lines.push(`${seconds(duration)}  ${file}`);
    lines.push('', `Slowest ${SLOWEST_SHOWN} tests:`);
    for (const { title, duration } of [...this.tests].sort((a, b) => b.duration - a.duration).slice(0, SLOWEST_SHOWN))
      lines.push(`${seconds(duration)}  ${title}`);
    const outcomes = [...this.outcomes.values()];
    const passed = outcomes.filter((outcome) => outcome === 'expected' || outcome === 'flaky').length;
    const failed = outcomes.filter((outcome) => outcome === 'unexpected').length;
    const skipped = outcomes.filter((outcome) => outcome === 'skipped').length;
    const flaky = [...this.outcomes].filter(([, outcome]) => outcome === 'flaky').map(([test]) => test.title);
    lines.push('', `Wall time ${seconds(result.duration).trim()}, status ${result.status}.`);
    // A test that passed only on retry hides a race: name it so it is fixed, not forgotten.
    if (flaky.length > 0) lines.push(`Passed only on retry (${flaky.length}): ${flaky.join('; ')}`);
    lines.push(`e2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    console.log(lines.join('\n'));
  }

  printsToStdio(): boolean {
    return true;
  }
}
