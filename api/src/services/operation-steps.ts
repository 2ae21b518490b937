import { randomUUID } from 'node:crypto';
import type { ChangeInput, SuccessionOperation } from '../repositories/change-log';

/**
 * The changes of one operation: each step's change carries the operation, and the first one's id is
 * the operation's, so that `revertChange(operationId)` finds it and undoes every step.
 */
export class Steps {
  readonly id = randomUUID();
  private first = true;

  constructor(private readonly operation: SuccessionOperation) {}

  next(): Partial<ChangeInput> {
    const change = { operation: this.operation, operationId: this.id, ...(this.first ? { id: this.id } : {}) };
    this.first = false;
    return change;
  }
}
