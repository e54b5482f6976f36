/**
 * poolSteps and avgPoolSteps: each step checked against the definition, written out here. Inputs are
 * small integers so that ties are common and "argmax is the FIRST tap holding the max" is tested.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { avgPool2d, avgPoolSteps, maxPool2d, poolSteps } from './index';
import { expectSubset, pairOf, PROPERTY_TIMEOUT } from './testing/arbitraries';
import { geometryOf, optsOf, poolCaseArb } from './testing/poolCases';

describe('poolSteps and avgPoolSteps', PROPERTY_TIMEOUT, () => {
  test('windows follow the definition; the result is the window max and argmax the FIRST tap holding it', () => {
    fc.assert(
      fc.property(poolCaseArb(true, ['int']), (p) => {
        const g = geometryOf(p);
        fc.pre(g.outHeight > 0 && g.outWidth > 0 && !g.overHalf && !g.emptyWindow);
        const steps = poolSteps(p.input, optsOf(p));
        const output = maxPool2d(p.input, optsOf(p));
        const [kh, kw] = p.kernel;
        const expected = [];
        for (let ch = 0; ch < p.input.length; ch++) {
          for (let i = 0; i < g.outHeight; i++) {
            for (let j = 0; j < g.outWidth; j++) {
              const window = [];
              for (let u = 0; u < kh; u++) {
                for (let v = 0; v < kw; v++) {
                  const row = i * g.stride[0] - g.sides.top + u * g.dilation[0];
                  const col = j * g.stride[1] - g.sides.left + v * g.dilation[1];
                  const padded = row < 0 || row >= p.height || col < 0 || col >= p.width;
                  const value = padded ? -Infinity : p.input[ch]![row]![col]!;
                  window.push({ channel: ch, row, col, kernelRow: u, kernelCol: v, padded, value });
                }
              }
              // Inputs are small integers, so ties are common: the first tap holding the max wins.
              const max = Math.max(...window.map((cell) => cell.value));
              const first = window.find((cell) => cell.value === max)!;
              const argmax = { channel: first.channel, row: first.row, col: first.col };
              expected.push({
                index: expected.length,
                out: { channel: ch, row: i, col: j },
                window,
                result: max,
                argmax,
              });
              if (output[ch]![i]![j] !== max)
                expect.fail(`maxPool2d[${ch}][${i}][${j}] = ${output[ch]![i]![j]}, window max ${max}`);
            }
          }
        }
        expectSubset(steps, expected);
      }),
      { numRuns: 300 },
    );
  });

  test('ties go to the first tap in window order', () => {
    const steps = poolSteps(
      [
        [
          [7, 7],
          [7, 7],
        ],
      ],
      { kernelSize: 2 },
    );
    expect(steps[0]!.argmax).toEqual({ channel: 0, row: 0, col: 0 });
    const padded = poolSteps([[[-3]]], { kernelSize: 3, stride: 1, padding: 1 });
    expect(padded[0]!.result).toBe(-3);
    expect(padded[0]!.argmax).toEqual({ channel: 0, row: 0, col: 0 });
  });

  test('an average step is its window sum over the whole window size, padding read as 0', () => {
    fc.assert(
      fc.property(poolCaseArb(false, ['int']), (p) => {
        const g = geometryOf(p);
        fc.pre(g.outHeight > 0 && g.outWidth > 0 && !g.overHalf && !g.emptyWindow);
        const steps = avgPoolSteps(p.input, optsOf(p));
        const output = avgPool2d(p.input, optsOf(p));
        const area = p.kernel[0] * p.kernel[1];
        expect(steps).toHaveLength(p.input.length * g.outHeight * g.outWidth);
        steps.forEach((step, index) => {
          const { channel, row, col } = step.out;
          const expectedOut = {
            channel: Math.floor(index / (g.outHeight * g.outWidth)),
            row: Math.floor((index % (g.outHeight * g.outWidth)) / g.outWidth),
            col: index % g.outWidth,
          };
          const window = [];
          for (let u = 0; u < p.kernel[0]; u++) {
            for (let v = 0; v < p.kernel[1]; v++) {
              const r = row * g.stride[0] - g.sides.top + u;
              const c = col * g.stride[1] - g.sides.left + v;
              const padded = r < 0 || r >= p.height || c < 0 || c >= p.width;
              window.push({
                channel,
                row: r,
                col: c,
                kernelRow: u,
                kernelCol: v,
                padded,
                value: padded ? 0 : p.input[channel]![r]![c]!,
              });
            }
          }
          const sum = window.reduce((s, cell) => s + cell.value, 0);
          expectSubset(
            step,
            { index, out: expectedOut, window, sum, divisor: area, result: sum / area },
            `steps[${index}]`,
          );
          if (output[channel]![row]![col] !== step.result)
            expect.fail(`avgPool2d disagrees with step ${index}`);
        });
      }),
      { numRuns: 200 },
    );
  });

  test("'same' pooling gives ceil(n / stride)", () => {
    fc.assert(
      fc.property(poolCaseArb(false, ['int']), (p) => {
        const out = maxPool2d(p.input, { ...optsOf(p), padding: 'same' });
        const [sh, sw] = pairOf(p.stride ?? p.kernel);
        expect([out[0]!.length, out[0]![0]!.length]).toEqual([
          Math.ceil(p.height / sh),
          Math.ceil(p.width / sw),
        ]);
      }),
      { numRuns: 200 },
    );
  });
});
