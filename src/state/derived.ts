/**
 * Derived values, memoized on the configuration object: the store replaces `config` on every change,
 * so identity is the cache key and nothing is computed twice for the same configuration.
 */
import { deriveOperation, type Operation } from './operation';
import { asWindow, type WindowOperation } from '../modes/window/operation';
import type { Config } from './config';

const operations = new WeakMap<Config, Operation>();

export function operationFor(config: Config): Operation {
  let op = operations.get(config);
  if (!op) {
    op = deriveOperation(config);
    operations.set(config, op);
  }
  return op;
}

/** The window-family operation of a convolution or pooling view (a checked narrowing). */
export function windowOperationFor(config: Config): WindowOperation {
  return asWindow(operationFor(config));
}

/** The compute module's message when the configuration has no valid output, else null. */
export function configProblem(config: Config): string | null {
  try {
    operationFor(config);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
